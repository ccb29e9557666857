import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { createKysely, migrate, type Store } from './open-database';

/*
 * The SQLite-specific parts of backups and restores, kept behind named functions (architecture.md,
 * "The store"): the online backup API, integrity checks, and the file under a connection. A store
 * on another database would give these its own way.
 */

/** Path of the better-sqlite3 addon to load (Electron keeps its own build); set once by the app. */
let nativeBinding: string | undefined;

export function useNativeBinding(binding: string | undefined): void {
  nativeBinding = binding;
}

function openRaw(file: string, options: { readonly?: boolean } = {}): BetterSqlite3.Database {
  return new BetterSqlite3(file, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

/** The file a store's connection has open ('' for an in-memory database). */
export async function databaseFileOf(db: Kysely<unknown> | Store): Promise<string> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db as Kysely<unknown>);
  return rows.find((r) => r.name === 'main')?.file ?? '';
}

/** A number that moves whenever the database changed, through this connection or another. */
export async function changeMark(db: Store): Promise<string> {
  const total = await sql<{ n: number }>`select total_changes() as n`.execute(db);
  const version = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return `${total.rows[0]?.n ?? 0}:${version.rows[0]?.data_version ?? 0}`;
}

/**
 * Copies a live database with SQLite's online backup API, in one step (a step that other
 * connections' writes interrupt would restart), into a new single file in rollback-journal mode.
 */
export async function onlineBackup(sourceFile: string, destination: string): Promise<void> {
  fs.rmSync(destination, { force: true });
  const source = openRaw(sourceFile);
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(destination, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const copy = openRaw(destination);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Copies a database through a connection already open (a read-only file may only be readable through it). */
export async function backupThrough(raw: BetterSqlite3.Database, destination: string): Promise<void> {
  await raw.backup(destination, { progress: () => 0x7fffffff });
}

/** A database file opened read-only, to be checked before it becomes the database; each read may throw. */
export interface CheckedFile {
  /** SQLite's integrity check: ['ok'] for a whole file. */
  integrityCheck(): string[];
  /** The migrations the file records as done; throws when it records none at all (no such table). */
  migrationNames(): string[];
  hasTable(name: string): boolean;
  close(): void;
}

export function openForCheck(file: string): CheckedFile {
  const raw = openRaw(file, { readonly: true });
  return {
    integrityCheck: () =>
      (raw.pragma('integrity_check') as Record<string, unknown>[]).map((r) => String(Object.values(r)[0])),
    migrationNames: () =>
      raw
        .prepare('select name from kysely_migration order by name')
        .all()
        .map((r) => String((r as { name: unknown }).name)),
    hasTable: (name) =>
      raw.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined,
    close: () => raw.close(),
  };
}

/** Brings a copied database (never the user's file) to this build's schema, in WAL mode like the live one. */
export async function migrateCopy(file: string): Promise<void> {
  const raw = openRaw(file);
  const db = createKysely(raw);
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    await migrate(db as unknown as Kysely<unknown>);
    raw.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await db.destroy();
  }
}

/**
 * Writes a database file into another with the online backup API, the source opened read-only:
 * SQLite takes the locks, so a running app's connection on the destination sees the new data on its
 * next read, and a source that is itself a live database in WAL mode is read whole.
 */
export async function copyInto(sourceFile: string, destination: string): Promise<void> {
  const source = openRaw(sourceFile, { readonly: true });
  try {
    await source.backup(destination, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

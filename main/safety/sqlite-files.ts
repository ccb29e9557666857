import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { MIGRATIONS } from '../store/migrations';
import { createKysely, migrate, type Store } from '../store/open-database';
import { refuse } from '../../shared/api/errors';

/*
 * The SQLite-specific parts of backups and restores, kept behind named functions (docs/architecture.md,
 * "The store and migrations"): the online backup API, integrity checks, and the file under a connection.
 */

/** Path of the better-sqlite3 addon to load (Electron keeps its own build); set once by the app. */
let nativeBinding: string | undefined;

export function useNativeBinding(binding: string | undefined): void {
  nativeBinding = binding;
}

export function openRaw(file: string, options: { readonly?: boolean } = {}): BetterSqlite3.Database {
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

/** The newest schema this build knows: the number of its newest migration ("0001-initial" is 1). */
export const CURRENT_SCHEMA_VERSION = Math.max(...Object.keys(MIGRATIONS).map((name) => Number.parseInt(name, 10)));

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

export interface CheckedDatabase {
  schemaVersion: number;
}

/**
 * Opens a file read-only and checks that it is a whole Session Desk database this build can use:
 * SQLite's integrity check passes and its schema version is readable and not newer than ours.
 * Refuses with a message that says what is wrong.
 */
export function checkDatabaseFile(file: string, what = 'file'): CheckedDatabase {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return refuse('bad_file', what, 'the file does not exist or cannot be read');
  }
  if (!stat.isFile()) refuse('bad_file', what, 'not a file');
  if (stat.size === 0) refuse('bad_file', what, 'the file is empty');
  let raw: BetterSqlite3.Database;
  try {
    raw = openRaw(file, { readonly: true });
  } catch (error) {
    return refuse('bad_file', what, `not a database that can be opened (${(error as Error).message})`);
  }
  try {
    let integrity: string[];
    try {
      const rows = raw.pragma('integrity_check') as Record<string, unknown>[];
      integrity = rows.map((r) => String(Object.values(r)[0]));
    } catch (error) {
      return refuse('bad_file', what, `not a SQLite database, or damaged (${(error as Error).message})`);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      refuse('bad_file', what, `the database is damaged: ${integrity.slice(0, 3).join('; ')}`);
    }
    let names: string[];
    try {
      names = raw
        .prepare('select name from kysely_migration order by name')
        .all()
        .map((r) => String((r as { name: unknown }).name));
    } catch {
      return refuse('bad_file', what, 'not a Session Desk database (it has no schema version)');
    }
    const unknown = names.filter((n) => !Object.hasOwn(MIGRATIONS, n));
    if (unknown.length > 0) {
      refuse('newer_version', what, `made by a newer version of Session Desk (schema ${unknown.join(', ')})`);
    }
    if (names.length === 0) refuse('bad_file', what, 'not a Session Desk database (it has no schema version)');
    for (const table of ['meta', 'sessions', 'organizations']) {
      const found = raw.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table);
      if (!found) refuse('bad_file', what, `not a Session Desk database (no ${table} table)`);
    }
    return { schemaVersion: Math.max(...names.map((n) => Number.parseInt(n, 10))) };
  } finally {
    raw.close();
  }
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
 * Writes a checked database into the live file with the online backup API: SQLite takes the
 * locks, so a running app's connection sees the restored data on its next read.
 */
export async function copyInto(sourceFile: string, liveFile: string): Promise<void> {
  const source = openRaw(sourceFile, { readonly: true });
  try {
    await source.backup(liveFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

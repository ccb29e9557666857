import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import {
  CamelCasePlugin,
  type DatabaseConnection,
  type Driver,
  Kysely,
  Migrator,
  SqliteDialect,
  SqliteDriver,
  type SqliteDialectConfig,
} from 'kysely';
import { refuse } from '../../shared/api/errors';
import type { Database } from './schema';
import { MIGRATIONS, staticMigrationProvider } from './migrations';
import { seedReferenceData } from './reference-seed';
import { registerSqlFunctions } from './sql-functions';

export type Store = Kysely<Database>;

export interface OpenOptions {
  /** A path, or ':memory:'. */
  file: string;
  /** Path of a better-sqlite3 addon built for another runtime (Electron keeps its own build). */
  nativeBinding?: string;
  /** Up to which migration to go; the newest when left out (tests stop earlier to migrate with data). */
  migrateTo?: string;
  /** Load the shipped reference data; on by default. */
  seed?: boolean;
  /**
   * Open the file read-only (it or its folder cannot be written): no pragma that writes, no
   * migration, no seed; every write then fails with SQLITE_READONLY, which the API answers as 'read_only'.
   */
  readOnly?: boolean;
}

/** SQLite-specific settings, kept here so the services stay in kysely's portable subset. */
export function applyPragmas(raw: BetterSqlite3.Database): void {
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // FULL, not NORMAL: in WAL mode NORMAL can lose the last commits when a laptop's battery dies.
  raw.pragma('synchronous = FULL');
}

/**
 * SQLite rolls a transaction back by itself after some errors (SQLITE_FULL, SQLITE_IOERR…); kysely's
 * ROLLBACK then failed with "cannot rollback - no transaction is active", and that error replaced the
 * one that said what happened. Rolling back only a transaction still open keeps the real error.
 */
class KeepRealErrorDriver extends SqliteDriver {
  constructor(
    private readonly raw: BetterSqlite3.Database,
    config: SqliteDialectConfig,
  ) {
    super(config);
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.raw.inTransaction) await super.rollbackTransaction(connection);
  }
}

class StoreDialect extends SqliteDialect {
  constructor(private readonly raw: BetterSqlite3.Database) {
    super({ database: raw });
  }

  override createDriver(): Driver {
    return new KeepRealErrorDriver(this.raw, { database: this.raw });
  }
}

export function createKysely(raw: BetterSqlite3.Database): Store {
  registerSqlFunctions(raw);
  return new Kysely<Database>({ dialect: new StoreDialect(raw), plugins: [new CamelCasePlugin()] });
}

export async function migrate(db: Kysely<unknown>, to?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error, results } = to ? await migrator.migrateTo(to) : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/** The migrations a file records as done (none for a new or foreign file). */
function recordedMigrations(raw: BetterSqlite3.Database): string[] {
  const table = raw.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (!table) return [];
  return raw
    .prepare('select name from kysely_migration order by name')
    .all()
    .map((r) => String((r as { name: unknown }).name));
}

/** The migrations a file records that this build does not know: a newer Session Desk made it. */
export function unknownMigrations(raw: BetterSqlite3.Database): string[] {
  return recordedMigrations(raw).filter((name) => !Object.hasOwn(MIGRATIONS, name));
}

const WAL_SIDE_FILES = ['-wal', '-shm'];

const bindingOption = (nativeBinding?: string) => (nativeBinding ? { nativeBinding } : {});

/**
 * A read-only connection to a file. SQLite cannot open a WAL-mode file where it cannot make the
 * -shm file beside it (a read-only folder or drive): then, when no -wal file holds data the main
 * file lacks, the file's bytes are opened in memory, marked as a rollback-journal file (header
 * bytes 18 and 19), still read-only.
 */
export function openReadOnly(file: string, nativeBinding?: string): BetterSqlite3.Database {
  try {
    const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...bindingOption(nativeBinding) });
    try {
      raw.prepare('select count(*) from sqlite_master').get();
      return raw;
    } catch (error) {
      raw.close();
      throw error;
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'SQLITE_CANTOPEN' || fs.existsSync(`${file}-wal`)) throw error;
    const bytes = fs.readFileSync(file);
    if (bytes.length < 100 || bytes[18] !== 2 || bytes[19] !== 2) throw error;
    bytes[18] = 1;
    bytes[19] = 1;
    return new BetterSqlite3(bytes, { readonly: true, ...bindingOption(nativeBinding) });
  }
}

/**
 * Refuses a database made by a newer Session Desk before anything writes to it (not even a pragma:
 * switching a rollback-journal file to WAL changes its header). Read through a read-only connection,
 * which on a WAL file leaves an empty -wal and an -shm behind: those it made are removed.
 */
export function refuseNewerDatabase(file: string, nativeBinding?: string): void {
  if (file === ':memory:' || !fs.existsSync(file)) return;
  const madeHere = WAL_SIDE_FILES.map((suffix) => `${file}${suffix}`).filter((side) => !fs.existsSync(side));
  const raw = openReadOnly(file, nativeBinding);
  try {
    refuseUnknownMigrations(raw, file);
  } finally {
    raw.close();
    for (const side of madeHere) fs.rmSync(side, { force: true });
  }
}

function refuseUnknownMigrations(raw: BetterSqlite3.Database, file: string): void {
  const unknown = unknownMigrations(raw);
  if (unknown.length > 0) {
    refuse(
      'newer_version',
      'database',
      `${file} was made by a newer version of Session Desk (schema ${unknown.join(', ')}); ` +
        'update Session Desk to open it, or start with --db to open another database. Nothing was changed.',
    );
  }
}

/** A database that cannot be written: opened as it is, for reading; every write fails with SQLITE_READONLY. */
function openReadOnlyStore(options: OpenOptions): { db: Store; raw: BetterSqlite3.Database } {
  const raw = openReadOnly(options.file, options.nativeBinding);
  try {
    refuseUnknownMigrations(raw, options.file);
    const known = new Set(recordedMigrations(raw));
    const pending = Object.keys(MIGRATIONS).filter((name) => !known.has(name));
    if (pending.length > 0) {
      refuse('read_only', 'database', `${options.file} is read-only and needs an upgrade (${pending.join(', ')})`);
    }
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    return { db: createKysely(raw), raw };
  } catch (error) {
    raw.close();
    throw error;
  }
}

/** Opens (or creates) the one SQLite file, brings its schema up to date and loads the reference data. */
export async function openStore(options: OpenOptions): Promise<{ db: Store; raw: BetterSqlite3.Database }> {
  if (options.readOnly) return openReadOnlyStore(options);
  refuseNewerDatabase(options.file, options.nativeBinding);
  const raw = new BetterSqlite3(options.file, bindingOption(options.nativeBinding));
  try {
    applyPragmas(raw);
    const db = createKysely(raw);
    // On SQLite kysely runs each migration outside a transaction: one crash in the middle of an
    // upgrade would leave a file no later start can open. All migrations of a start go in one.
    raw.exec('BEGIN IMMEDIATE');
    try {
      await migrate(db as unknown as Kysely<unknown>, options.migrateTo);
      raw.exec('COMMIT');
    } catch (error) {
      if (raw.inTransaction) raw.exec('ROLLBACK');
      throw error;
    }
    if (options.seed ?? true) await seedReferenceData(db);
    return { db, raw };
  } catch (error) {
    raw.close();
    throw error;
  }
}

import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { staticMigrationProvider } from './migrations';
import { seedReferenceData } from './reference-seed';

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
}

/** SQLite-specific settings, kept here so the services stay in kysely's portable subset. */
export function applyPragmas(raw: BetterSqlite3.Database): void {
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // FULL, not NORMAL: in WAL mode NORMAL can lose the last commits when a laptop's battery dies.
  raw.pragma('synchronous = FULL');
}

export function createKysely(raw: BetterSqlite3.Database): Store {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }), plugins: [new CamelCasePlugin()] });
}

export async function migrate(db: Kysely<unknown>, to?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error, results } = to ? await migrator.migrateTo(to) : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/** Opens (or creates) the one SQLite file, brings its schema up to date and loads the reference data. */
export async function openStore(options: OpenOptions): Promise<{ db: Store; raw: BetterSqlite3.Database }> {
  const raw = new BetterSqlite3(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
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

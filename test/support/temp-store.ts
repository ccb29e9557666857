import fs from 'node:fs';
import { sql } from 'kysely';
import os from 'node:os';
import path from 'node:path';
import { createApi, type Api } from '../../main/services/api';
import { openStore, type OpenOptions, type Store } from '../../main/store/open-database';

export interface TempStore {
  db: Store;
  api: Api;
  file: string;
  /** Calls a procedure and throws on an error, naming it: for setting a test up, not for testing refusals. */
  call<T>(name: string, input: unknown): Promise<T>;
  /** Every table's rows, in a stable order: equal dumps mean an unchanged database. */
  dump(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Every table's rows (found in sqlite_master, so tables added later are in it too), in a stable
 * order: equal dumps mean an unchanged database. The search index is left out: it is derived from
 * the rest (test/search checks it), and re-indexing a row gives it a new rowid.
 */
export async function dumpDatabase(db: Store): Promise<string> {
  const tables = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'search_%' order by name`.execute(
    db,
  );
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)} order by 1`.execute(db);
    parts.push(`${name}:${JSON.stringify(rows.rows)}`);
  }
  return parts.join('\n');
}

/** A fresh database file in a temporary folder, removed on close. */
export async function openTempStore(options: Partial<OpenOptions> = {}): Promise<TempStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-test-'));
  const file = path.join(dir, 'test.sqlite');
  const { db } = await openStore({ file, ...options });
  const api = createApi(db, { onInternalError: (name, error) => console.error(name, error), checkOutputs: true });
  return {
    db,
    api,
    file,
    async call<T>(name: string, input: unknown): Promise<T> {
      const result = await api.call(name, input);
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    dump: () => dumpDatabase(db),
    async close() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

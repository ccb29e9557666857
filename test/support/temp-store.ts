import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi, type Api } from '../../main/services/api';
import { openStore, type OpenOptions, type Store } from '../../main/store/open-database';
import type { Database } from '../../main/store/schema';

export interface TempStore {
  db: Store;
  api: Api;
  file: string;
  /** Every table's rows, in a stable order: equal dumps mean an unchanged database. */
  dump(): Promise<string>;
  close(): Promise<void>;
}

const TABLES: (keyof Database)[] = [
  'meta',
  'bodies',
  'sessions',
  'agendaItems',
  'documents',
  'documentVersions',
  'guidingQuestions',
  'organizations',
  'people',
  'speakers',
];

/** A fresh database file in a temporary folder, removed on close. */
export async function openTempStore(options: Partial<OpenOptions> = {}): Promise<TempStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-test-'));
  const file = path.join(dir, 'test.sqlite');
  const { db } = await openStore({ file, ...options });
  const api = createApi(db, { onInternalError: (name, error) => console.error(name, error) });
  return {
    db,
    api,
    file,
    async dump() {
      const parts = [];
      for (const table of TABLES) {
        const key = table === 'meta' ? 'key' : 'id';
        const rows = await db.selectFrom(table).selectAll().orderBy(key).execute();
        parts.push(`${table}:${JSON.stringify(rows)}`);
      }
      return parts.join('\n');
    },
    async close() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../main/store/migrations';
import { migrate } from '../../main/store/open-database';
import { openTempStore, type TempStore } from '../support/temp-store';
import { MIGRATION_FIXTURES } from './migration-fixtures';

let store: TempStore | undefined;
afterEach(() => store?.close());

const tableNames = async (s: TempStore) =>
  (
    await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(
      s.db,
    )
  ).rows.map((r) => r.name);

describe('migrations', () => {
  it('are named with padded numbers, in order', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names.every((n) => /^\d{4}-[a-z0-9-]+$/.test(n))).toBe(true);
    expect([...names].sort()).toEqual(names);
  });

  it('bring an empty database to the newest schema', async () => {
    store = await openTempStore({ seed: false });
    expect(await tableNames(store)).toEqual([
      'agenda_item_summaries',
      'agenda_items',
      'bodies',
      'document_versions',
      'documents',
      'floor_pauses',
      'floor_queue',
      'floor_speeches',
      'floors',
      'good_practices',
      'guiding_question_assignments',
      'guiding_questions',
      'issued_symbols',
      'meta',
      'organizations',
      'people',
      'search_index',
      'search_index_config',
      'search_index_data',
      'search_index_docsize',
      'search_index_idx',
      'search_rows',
      'session_chairs',
      'session_text_sendings',
      'sessions',
      'speakers',
      'translation_snapshots',
    ]);
    const fk = await sql<{ foreignKeys: number }>`pragma foreign_keys`.execute(store.db);
    const journal = await sql<{ journalMode: string }>`pragma journal_mode`.execute(store.db);
    expect(fk.rows[0]?.foreignKeys).toBe(1);
    expect(journal.rows[0]?.journalMode).toBe('wal');
  });

  it('has a fixture for every migration', () => {
    expect(Object.keys(MIGRATION_FIXTURES)).toEqual(Object.keys(MIGRATIONS));
  });

  const names = Object.keys(MIGRATIONS);
  for (const [index, name] of names.entries()) {
    const previous = names[index - 1];
    it(`${name} keeps the data of the version before it`, async () => {
      const fixture = MIGRATION_FIXTURES[name]!;
      store = await openTempStore({ seed: false, ...(previous ? { migrateTo: previous } : { migrateTo: name }) });
      if (previous) {
        await fixture.before(store.db);
        await migrate(store.db as never, name);
      }
      await fixture.after(store.db);
    });
  }
});

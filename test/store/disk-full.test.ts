import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { storageErrorCode } from '../../main/store/storage-errors';
import { openTempStore, type TempStore } from '../support/temp-store';

let store: TempStore | undefined;
afterEach(() => store?.close());

/* A real full condition: SQLite's max_page_count caps the file, and a write past it fails with SQLITE_FULL. */
async function capTheFile(s: TempStore, spare: number): Promise<void> {
  const { rows } = await sql<{ n: number }>`select page_count as n from pragma_page_count()`.execute(s.db);
  const cap = rows[0]!.n + spare;
  await sql.raw(`pragma max_page_count = ${cap}`).execute(s.db);
  const { rows: set } = await sql<{ n: number }>`select max_page_count as n from pragma_max_page_count()`.execute(s.db);
  expect(set[0]!.n).toBe(cap);
}

describe('a full disk', () => {
  it("answers 'disk_full', rolls the whole write back and leaves the connection usable", async () => {
    const internal: unknown[] = [];
    store = await openTempStore();
    const before = await store.dump();
    await capTheFile(store, 0);
    const reported = (await import('../../main/services/api')).createApi(store.db, {
      onInternalError: (_name, error) => internal.push(error),
    });
    const result = await reported.call('demo.create', {});
    expect(result).toEqual({ ok: false, error: { code: 'disk_full', messageKey: 'errors.disk_full', issues: [] } });
    // the log keeps SQLite's own error, not "cannot rollback - no transaction is active"
    expect((internal[0] as { code?: string }).code).toBe('SQLITE_FULL');
    expect(String(internal[0])).not.toMatch(/cannot rollback/);
    expect(await store.dump()).toBe(before);
    await sql.raw('pragma max_page_count = 1073741823').execute(store.db);
    expect((await reported.call('demo.create', {})).ok).toBe(true);
  });
});

describe('storage error codes', () => {
  it('name the disk, the permission and the opening failure, and nothing else', () => {
    const cases: [string, string | null][] = [
      ['SQLITE_FULL', 'disk_full'],
      ['ENOSPC', 'disk_full'],
      ['SQLITE_READONLY', 'read_only'],
      ['SQLITE_READONLY_DBMOVED', 'read_only'],
      ['EROFS', 'read_only'],
      ['SQLITE_CANTOPEN', 'cannot_open'],
      ['SQLITE_CANTOPEN_ISDIR', 'cannot_open'],
      ['SQLITE_CONSTRAINT_UNIQUE', null],
      ['SQLITE_CORRUPT', null],
    ];
    for (const [code, expected] of cases) expect(storageErrorCode({ code }), code).toBe(expected);
    expect(storageErrorCode(new Error('plain'))).toBeNull();
    expect(storageErrorCode(null)).toBeNull();
  });
});

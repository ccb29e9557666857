import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The store-sql rule, run through the project's own eslint.config.js on virtual files. */

const root = path.resolve(import.meta.dirname, '..', '..');
const RULE = 'local/store-sql';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The store-sql messages ESLint gives for `code` placed at `file` (relative to the root). */
async function storeSql(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  expect(result, `no lint result for ${file}`).toBeDefined();
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, `parse error in ${file}`).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const QUERIES = [
  "import type { Store } from '../store/open-database';",
  'export async function all(db: Store, raw: { prepare(q: string): unknown; pragma(q: string): unknown }) {',
  "  await db.selectFrom('sessions').selectAll().execute();",
  "  await db.insertInto('meta').values({ key: 'k', value: 'v' }).execute();",
  "  await db.updateTable('meta').set({ value: 'w' }).execute();",
  "  await db.deleteFrom('meta').execute();",
  "  raw.prepare('select 1');",
  "  raw.pragma('foreign_keys = ON');",
  '}',
].join('\n');

describe('store-sql rule', { timeout: 60_000 }, () => {
  it('refuses query builders and better-sqlite3 calls in main/ outside main/store/', async () => {
    expect(await storeSql('main/floor/x.ts', QUERIES)).toEqual([
      'store-sql: ".selectFrom(" builds a query outside main/store: call a named store function',
      'store-sql: ".insertInto(" builds a query outside main/store: call a named store function',
      'store-sql: ".updateTable(" builds a query outside main/store: call a named store function',
      'store-sql: ".deleteFrom(" builds a query outside main/store: call a named store function',
      'store-sql: ".prepare(" is better-sqlite3 outside main/store: call a named store function',
      'store-sql: ".pragma(" is better-sqlite3 outside main/store: call a named store function',
    ]);
  });

  it('refuses the sql template, its helpers and value imports of kysely and better-sqlite3', async () => {
    expect(
      await storeSql(
        'main/services/x.ts',
        [
          "import { sql, type Kysely } from 'kysely';",
          "import Database from 'better-sqlite3';",
          'export const a = (db: Kysely<unknown>) => sql<{ n: number }>`select 1 as n`.execute(db);',
          "export const b = sql.raw('select 2');",
          'export const c = Database;',
        ].join('\n'),
      ),
    ).toEqual([
      'store-sql: only types may be imported from kysely outside main/store',
      'store-sql: only types may be imported from better-sqlite3 outside main/store',
      'store-sql: the sql template outside main/store: call a named store function',
      'store-sql: the sql template outside main/store: call a named store function',
    ]);
  });

  it('lets main/ import kysely and better-sqlite3 types', async () => {
    expect(
      await storeSql(
        'main/app/x.ts',
        [
          "import type BetterSqlite3 from 'better-sqlite3';",
          "import type { Insertable, Kysely } from 'kysely';",
          "import { type Selectable } from 'kysely';",
          'export type All = [BetterSqlite3.Database, Insertable<object>, Kysely<object>, Selectable<object>];',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it.each(['main/store/x.ts', 'main/store/migrations/x.ts', 'test/store/x.ts', 'scripts/x.ts'])(
    'lets %s hold SQL',
    async (file) => {
      expect(
        await storeSql(file, `import { sql } from 'kysely';\nexport const q = sql\`select 1\`;\n${QUERIES}`),
      ).toEqual([]);
    },
  );
});

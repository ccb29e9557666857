import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** main/store/interface.ts lists every group of store functions, so that a new one is not kept out of it. */

const STORE = path.resolve(import.meta.dirname, '..', '..', 'main', 'store');

/** The store's own machinery, not a group of queries: the connection, the schema, row shapes and errors. */
const MACHINERY = new Set([
  'columns.ts',
  'constraint-errors.ts',
  'entity-specs.ts',
  'interface.ts',
  'open-database.ts',
  'reference-seed.ts',
  'row-mapping.ts',
  'schema.ts',
  'sql-functions.ts',
  'storage-errors.ts',
]);

describe('the store interface', () => {
  it('lists every group file of main/store', () => {
    const groups = fs
      .readdirSync(STORE)
      .filter((name) => name.endsWith('.ts') && !MACHINERY.has(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    const text = fs.readFileSync(path.join(STORE, 'interface.ts'), 'utf8');
    const listed = [...text.matchAll(/import type \* as (\w+) from '\.\/([\w/-]+)';/g)];
    // a group in a folder of its own (search/) is listed by its public file
    expect(
      listed
        .map(([, , file]) => file!)
        .filter((file) => !file.includes('/'))
        .sort(),
    ).toEqual(groups);
    for (const [, name] of listed) expect(text).toMatch(new RegExp(`^  ${name}: typeof ${name};$`, 'm'));
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../support/temp-store';

/* An input nested 50,000 deep (a document of nested quotes) is refused as invalid, not an internal error or a throw. */

let store: TempStore;
beforeAll(async () => {
  store = await openTempStore();
});
afterAll(() => store?.close());

it('an input nested 50,000 deep is refused with validation, and changes nothing', async () => {
  let block: unknown = { type: 'paragraph' };
  for (let i = 0; i < 50_000; i++) block = { type: 'blockquote', content: [block] };
  const before = await store.dump();
  const result = await store.api.call('documentVersions.update', {
    id: '00000000-0000-4000-8000-000000000000',
    patch: {
      content: {
        schemaVersion: 1,
        titleBlock: { title: '', subtitle: '', date: '', authorship: '' },
        body: { type: 'doc', content: [block] },
      },
    },
  });
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'validation', issues: [{ message: 'the input nests more than 64 levels deep' }] },
  });
  expect(await store.dump()).toBe(before);
});

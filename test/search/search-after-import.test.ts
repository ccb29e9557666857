import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../shared/api/search-procedures';
import { openTempStore, type TempStore } from '../support/temp-store';
import { itemOf, same, sessionOf } from './search-fixtures';

const stores: TempStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

const hitsIn = async (store: TempStore, text: string) =>
  (await store.call<SearchResult>('archive.search', { text, kinds: ['title', 'agendaItem', 'annotation'] })).hits;

describe('the search index after a session file is imported', () => {
  it('finds the imported session, and a replace leaves one hit per text', async () => {
    const a = await openTempStore();
    const b = await openTempStore();
    stores.push(a, b);
    const sessionId = await sessionOf(a, { ...same('Sesión'), es: 'Movilidad humana en el Caribe' }, '2019-06-01');
    await itemOf(a, sessionId, same('Item'), { ...same(''), fr: 'Régularisation des travailleurs saisonniers' });
    const { bytes } = await a.call<{ bytes: Uint8Array }>('sessionFiles.export', { sessionId });
    const base64 = Buffer.from(bytes).toString('base64');

    expect(await hitsIn(b, 'saisonniers')).toEqual([]);
    await b.call('sessionFiles.import', { base64 });
    const found = await hitsIn(b, 'saisonnier regularisation');
    expect(found.map((h) => `${h.kind} ${h.language} ${h.year} ${h.sessionId}`)).toEqual([
      `annotation fr 2019 ${sessionId}`,
    ]);
    expect((await hitsIn(b, 'movilidad caribe')).map((h) => h.kind)).toEqual(['title']);

    await b.call('sessionFiles.import', { base64, onConflict: 'replace' });
    expect(await hitsIn(b, 'saisonniers')).toHaveLength(1);
    expect(await hitsIn(b, 'movilidad')).toHaveLength(1);
  }, 60_000);
});

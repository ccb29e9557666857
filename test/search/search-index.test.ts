import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit, SearchInput, SearchResult } from '../../shared/api/search-procedures';
import { SEARCH_KINDS } from '../../shared/search/search-kinds';
import { rebuildSearchIndex } from '../../main/store/search/search-archive';
import { openTempStore, type TempStore } from '../support/temp-store';
import { contentWith, itemOf, same, sessionOf } from './search-fixtures';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(() => store.close());

/** The session's texts only, unless told: every store holds the registry's states and mechanisms. */
const SESSION_KINDS = SEARCH_KINDS.filter((k) => k !== 'organization');
const search = async (text: string, more: Partial<SearchInput> = {}) =>
  (await store.call<SearchResult>('archive.search', { text, kinds: SESSION_KINDS, ...more })).hits;
/** Each hit as "kind language: snippet" with the matches in [brackets]. */
const shown = (hits: SearchHit[]) =>
  hits.map(
    (h) => `${h.kind} ${h.language ?? '-'}: ${h.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')}`,
  );

const TITLES = {
  en: 'Migration governance in the Americas',
  es: 'Gobernanza de la migración en las Américas',
  fr: "L'accueil des migrants d'Haïti et la gouvernance",
  pt: 'Governança da migração e proteção das crianças',
};

describe('the tokenizer, in four languages', () => {
  it('is blind to accents and case: migracion, MIGRATION, haiti, protecao, ç, ñ, ã, é', async () => {
    await sessionOf(store, TITLES);
    expect(shown(await search('migracion', { language: 'es' }))).toEqual([
      'title es: Gobernanza de la [migración] en las Américas',
    ]);
    expect(shown(await search('MIGRATION', { language: 'en' }))).toEqual([
      'title en: [Migration] governance in the Americas',
    ]);
    expect(shown(await search('HAITI'))).toEqual(["title fr: L'accueil des migrants d'[Haïti] et la gouvernance"]);
    expect(shown(await search('protecao criancas'))).toEqual([
      'title pt: Governança da migração e [proteção] das [crianças]',
    ]);
    expect(shown(await search('governança', { language: 'pt' }))).toEqual([
      'title pt: [Governança] da migração e proteção das crianças',
    ]);
    expect(shown(await search('Américas', { language: 'en' }))).toEqual([
      'title en: Migration governance in the [Americas]',
    ]);
  });

  it("splits apostrophes: d'Haïti finds Haïti, and accueil is found after l'", async () => {
    await sessionOf(store, TITLES);
    expect(await search("d'Haïti")).toHaveLength(1);
    expect(await search('d’haiti')).toHaveLength(1);
    expect(shown(await search('accueil'))).toEqual(["title fr: L'[accueil] des migrants d'Haïti et la gouvernance"]);
  });

  it('finds ñ as n, and the other way round', async () => {
    const sessionId = await sessionOf(store, same('Sesión'));
    await itemOf(store, sessionId, same('Niñez'), { ...same(''), es: 'Niñas, niños y adolescentes migrantes' });
    expect(shown(await search('ninos'))).toEqual(['annotation es: Niñas, [niños] y adolescentes migrantes']);
    expect(shown(await search('NIÑEZ', { language: 'es' }))).toEqual(['agendaItem es: [Niñez]']);
  });
});

describe('the query', () => {
  it('takes every word as a prefix, and a quoted phrase as written', async () => {
    await sessionOf(store, TITLES);
    expect(await search('migra gober', { language: 'es' })).toHaveLength(1);
    expect(await search('"governance migration"')).toEqual([]);
    expect(shown(await search('"migration governance"'))).toEqual(['title en: [Migration governance] in the Americas']);
    // a phrase is not a prefix: "migra" alone is no word of the title
    expect(await search('"migra"')).toEqual([]);
  });

  it('never hands FTS5 syntax to FTS5: operators, quotes, stars, columns are text', async () => {
    await sessionOf(store, TITLES);
    for (const text of [
      '"',
      '""',
      'AND',
      'migration OR',
      'NEAR(migration',
      '*',
      '-',
      'text:migration',
      '(',
      '^a',
      'a"b',
      "'",
    ]) {
      const result = await store.api.call('archive.search', { text });
      expect(result.ok, text).toBe(true);
    }
    // an operator is a word like any other, and a column filter is two words
    expect(await search('AND', { kinds: ['organization'] })).toEqual(await search('and', { kinds: ['organization'] }));
    expect(await search('OR')).toEqual([]);
    expect(await search('text:migration', { language: 'en' })).toHaveLength(0);
    expect(await search('migration:governance', { language: 'en' })).toHaveLength(1);
  });

  it('filters by year, language and kind, and refuses a bad filter by name', async () => {
    await sessionOf(store, TITLES, '2021-05-09');
    const later = await sessionOf(store, same('Migration 2024'), '2024-04-10');
    await itemOf(store, later, same('Labour migration'), same(''));
    expect((await search('migration', { year: 2024 })).every((h) => h.year === 2024 && h.sessionId === later)).toBe(
      true,
    );
    expect(await search('migration', { year: 2021, language: 'en' })).toHaveLength(1);
    expect(shown(await search('migration', { kinds: ['agendaItem'], language: 'fr' }))).toEqual([
      'agendaItem fr: Labour [migration]',
    ]);
    const refused = await store.api.call('archive.search', { text: 'x', language: 'de' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'language' }] } });
  });

  it('answers every hit with its session, year, title and the route that opens it', async () => {
    const sessionId = await sessionOf(store, TITLES, '2021-05-09');
    const item = await itemOf(store, sessionId, same('Regularización migratoria'), same(''));
    const [hit] = await search('regularizacion', { language: 'es' });
    expect(hit).toMatchObject({
      sessionId,
      year: 2021,
      date: '2021-05-09',
      sessionTitle: TITLES,
      kind: 'agendaItem',
      sourceId: item.id,
      route: `#/sessions/${sessionId}/agenda/${item.id}`,
    });
  });
});

describe('the index stays current', () => {
  const rowsOf = async (sessionId: string) =>
    (await sql<{ n: number }>`select count(*) as n from search_rows where session_id = ${sessionId}`.execute(store.db))
      .rows[0]!.n;

  it('after a create, an update and a delete of an annotation', async () => {
    const sessionId = await sessionOf(store, same('Session'));
    const item = await itemOf(store, sessionId, same('Item'), { ...same(''), es: 'Protección consular' });
    expect(await search('consular')).toHaveLength(1);
    await store.call('agendaItems.update', {
      id: item.id,
      patch: { annotation: { ...(await itemRich('Asistencia humanitaria')) } },
    });
    expect(await search('consular')).toEqual([]);
    expect(shown(await search('humanitaria'))).toEqual(['annotation es: Asistencia [humanitaria]']);
    await store.call('agendaItems.delete', { id: item.id });
    expect(await search('humanitaria')).toEqual([]);
  });

  it("after a document's content, footnote and symbol change", async () => {
    const sessionId = await sessionOf(store, same('Session'));
    const doc = await store.call<{ id: string }>('documents.create', {
      sessionId,
      kind: 'concept_paper',
      symbol: null,
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: 'en',
    });
    const version = await store.call<{ id: string }>('documentVersions.create', {
      documentId: doc.id,
      language: 'fr',
      status: 'original',
      content: contentWith('La régularisation des migrants.', 'Voir la résolution AG/RES. 2988 (LII-O/22).'),
      controlNumber: '',
    });
    expect(shown(await search('"AG/RES. 2988"'))).toEqual([
      'footnote fr: Voir la résolution [AG/RES. 2988] (LII-O/22).',
    ]);
    const [hit] = await search('regularisation');
    expect(hit).toMatchObject({
      kind: 'document',
      language: 'fr',
      route: `#/sessions/${sessionId}/documents/${doc.id}/fr`,
    });
    await store.call('documentVersions.update', {
      id: version.id,
      patch: { content: contentWith('La protection des enfants.', 'Voir CIDI/doc. 12.') },
    });
    expect(await search('2988')).toEqual([]);
    expect(await search('enfants')).toHaveLength(1);
    // no procedure changes a symbol once typed: the store's row is changed as a later version of the app might
    await store.db.updateTable('documents').set({ symbol: 'CP/CAM-77/21' }).where('id', '=', doc.id).execute();
    expect(shown(await search('"CP/CAM-77"'))).toEqual(['document fr: [CP/CAM-77]/21\nConcept paper']);
  });

  it("after a person's name changes, on the list of speakers", async () => {
    const sessionId = await sessionOf(store, same('Session'));
    const item = await itemOf(store, sessionId, same('Item'), same(''));
    const person = await store.call<{ id: string }>('people.create', {
      name: 'Ana Pérez',
      honorific: '',
      position: '',
      organizationId: null,
      email: '',
    });
    await store.call('speakers.create', {
      agendaItemId: item.id,
      personId: person.id,
      organizationId: null,
      role: 'panelist',
      allottedMinutes: 5,
      status: 'requested',
      requestedAt: '2021-05-09T10:00:00',
    });
    expect((await search('perez', { kinds: ['speaker'] })).map((h) => h.route)).toEqual([
      `#/sessions/${sessionId}/speakers/${item.id}`,
    ]);
    await store.call('people.update', { id: person.id, patch: { name: 'Ana Gómez' } });
    expect(await search('perez')).toEqual([]);
    expect(await search('gomez', { kinds: ['speaker'] })).toHaveLength(1);
  });

  it('after a good practice is recorded and translated: its State, title and text, per language', async () => {
    const sessionId = await sessionOf(store, TITLES);
    const organizations = await store.call<{ id: string; code: string | null }[]>('organizations.list', {});
    const colombia = organizations.find((o) => o.code === 'COL')!.id;
    const text = (words: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
    });
    const empty = { type: 'doc', content: [] };
    const practice = await store.call<{ id: string }>('goodPractices.create', {
      sessionId,
      organizationId: colombia,
      questionId: null,
      recordEntryId: null,
      language: 'es',
      title: { en: '', es: 'Regularización de trabajadores', fr: '', pt: '' },
      text: { en: empty, es: text('Un permiso temporal para migrantes venezolanos.'), fr: empty, pt: empty },
      date: '2021-05-09',
      channel: 'floor',
    });
    expect(shown(await search('colombia regularizacion', { kinds: ['practice'] }))).toEqual([
      'practice es: [Colombia] [Regularización] de trabajadores',
    ]);
    expect(await search('permiso temporal', { kinds: ['practice'] })).toHaveLength(1);
    expect(await search('regularisation', { kinds: ['practice'], language: 'fr' })).toEqual([]);
    await store.call('goodPractices.update', {
      id: practice.id,
      patch: {
        title: { en: '', es: 'Regularización de trabajadores', fr: 'Régularisation des travailleurs', pt: '' },
      },
    });
    expect(shown(await search('regularisation', { kinds: ['practice'], language: 'fr' }))).toEqual([
      'practice fr: Colombie [Régularisation] des travailleurs',
    ]);
    await store.call('goodPractices.delete', { id: practice.id });
    expect(await search('regularizacion', { kinds: ['practice'] })).toEqual([]);
  });

  it('after a session is deleted: none of its rows is left', async () => {
    const sessionId = await sessionOf(store, TITLES);
    await itemOf(store, sessionId, same('Item'), same('Annotation'));
    expect(await rowsOf(sessionId)).toBeGreaterThan(0);
    await store.call('sessions.deleteWithBackup', { id: sessionId });
    expect(await rowsOf(sessionId)).toBe(0);
  });

  it('and a rebuild gives the same rows, with an index FTS5 finds sound', async () => {
    const demo = await store.call<{ sessionId: string }>('demo.create', {});
    const rows = sql<
      Record<string, unknown>
    >`select source, source_id, session_id, language, kind, route, text from search_rows order by 1, 2, 5, 4`;
    const before = (await rows.execute(store.db)).rows;
    expect(before.length).toBeGreaterThan(50);
    await rebuildSearchIndex(store.db);
    expect((await rows.execute(store.db)).rows).toEqual(before);
    await sql`insert into search_index (search_index, rank) values ('integrity-check', 1)`.execute(store.db);
    expect((await search('migra', { limit: 200 })).some((h) => h.sessionId === demo.sessionId)).toBe(true);
  });
});

async function itemRich(text: string) {
  const { localizedRichTextFromPlainText } = await import('../../shared/content/rich-text');
  return localizedRichTextFromPlainText({ ...same(''), es: text });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionOverview } from '../../shared/api/contract';
import {
  missingInSessionExport,
  missingInStoredExport,
  type StoredVersions,
} from '../../shared/languages/missing-texts';
import type { StoredContent } from '../../shared/content/schema';
import { createEnglishOnlySession, type EnglishOnlySession } from '../support/english-only-session';
import { openTempStore, type TempStore } from '../support/temp-store';

let store: TempStore;
let fresh: EnglishOnlySession;
let overview: SessionOverview;
let paper: StoredVersions;
let demo: string;

beforeAll(async () => {
  store = await openTempStore();
  fresh = await createEnglishOnlySession((name, input) => store.call(name, input));
  overview = await store.call<SessionOverview>('sessions.overview', { id: fresh.sessionId });
  const [en] = await store.call<{ content: StoredContent }[]>('documentVersions.list', { documentId: fresh.paperId });
  paper = { documentId: fresh.paperId, kind: 'concept_paper', originalLanguage: 'en', contents: { en: en!.content } };
  demo = (await store.call<{ sessionId: string }>('demo.create', {})).sessionId;
});
afterAll(() => store?.close());

const types = (places: readonly { type: string }[]) => places.map((p) => p.type);

describe('the missing-text report', () => {
  it('finds nothing missing in the language a session was written in', () => {
    for (const kind of ['order_of_business', 'annotated_agenda', 'list_of_speakers', 'chairs_script'] as const) {
      expect(missingInSessionExport(overview, 'en', kind)).toEqual([]);
    }
    expect(missingInStoredExport(overview, 'en', paper)).toEqual([]);
  });

  it('lists, for an English-only session in French, each text each export prints, in print order', () => {
    const [opening, adoption, panel] = fresh.itemIds;
    const titles = [
      { type: 'item_title', item: 1, itemId: opening },
      { type: 'item_title', item: 2, itemId: adoption },
      { type: 'item_title', item: 3, itemId: panel },
    ];
    expect(missingInSessionExport(overview, 'fr', 'order_of_business')).toEqual([{ type: 'session_title' }, ...titles]);
    expect(missingInSessionExport(overview, 'fr', 'annotated_agenda')).toEqual([
      { type: 'session_title' },
      ...titles,
      // items 1 and 2 have no annotation in any language: nothing would fall back
      { type: 'item_annotation', item: 3, itemId: panel },
    ]);
    // the shipped member state is named in all four languages, the user's network in English only
    expect(missingInSessionExport(overview, 'fr', 'list_of_speakers')).toEqual([
      { type: 'session_title' },
      ...titles,
      { type: 'organization_name', organizationId: fresh.networkId, name: 'Migrant Workers Network' },
    ]);
    // no French version yet: its text is missing, and the questions its block (the original's) prints
    expect(missingInStoredExport(overview, 'fr', paper)).toEqual([
      { type: 'document_text', documentId: fresh.paperId, documentKind: 'concept_paper' },
      { type: 'guiding_question', question: 1, questionId: fresh.questionId },
    ]);
  });

  it('drops a text once it is written in the language, and counts an empty version as missing', () => {
    const written: SessionOverview = {
      ...overview,
      session: { ...overview.session, title: { ...overview.session.title, fr: 'Gouvernance des migrations 2027' } },
      agendaItems: overview.agendaItems.map((item, index) =>
        index === 0 ? { ...item, title: { ...item.title, fr: 'Mots d’ouverture' } } : item,
      ),
    };
    expect(types(missingInSessionExport(written, 'fr', 'order_of_business'))).toEqual(['item_title', 'item_title']);
    const emptyFrench: StoredVersions = { ...paper, contents: { ...paper.contents, fr: null } };
    expect(types(missingInStoredExport(overview, 'fr', emptyFrench))).toEqual(['document_text', 'guiding_question']);
  });

  it('counts a title still the kind’s name in a language, once another language has its own, as missing', () => {
    // "Add an item" gives a new item the kind's name in the four languages
    const named = (en: string): SessionOverview => ({
      ...overview,
      agendaItems: overview.agendaItems.map((item, index) =>
        index === 2
          ? { ...item, title: { en, es: 'Panel', fr: 'Table ronde', pt: 'Painel' } }
          : { ...item, title: { en: 'Opening', es: 'Apertura', fr: 'Ouverture', pt: 'Abertura' } },
      ),
    });
    expect(missingInSessionExport(named('Panel'), 'fr', 'order_of_business')).toEqual([{ type: 'session_title' }]);
    expect(missingInSessionExport(named('Round table on labour migration'), 'fr', 'order_of_business')).toEqual([
      { type: 'session_title' },
      { type: 'item_title', item: 3, itemId: fresh.itemIds[2] },
    ]);
  });

  it('counts a title written in no language as missing, and an annotation written in none as not', () => {
    const untitled: SessionOverview = {
      ...overview,
      agendaItems: overview.agendaItems.map((item) => ({ ...item, title: { en: '', es: '', fr: '', pt: '' } })),
    };
    const places = missingInSessionExport(untitled, 'en', 'annotated_agenda');
    expect(types(places)).toEqual(['item_title', 'item_title', 'item_title']);
  });

  it('is complete for the demo session in every language for its agenda-made documents', async () => {
    for (const lang of ['en', 'es', 'fr', 'pt'] as const) {
      const missing = await store.call<unknown[]>('exports.missingTexts', {
        sessionId: demo,
        lang,
        kind: 'annotated_agenda',
      });
      expect(missing, lang).toEqual([]);
    }
    // its concept paper is written in English only
    const french = await store.call<{ place: { type: string } }[]>('exports.missingTexts', {
      sessionId: demo,
      lang: 'fr',
    });
    expect(french.map((m) => m.place.type)).toEqual(['document_text']);
  });

  it('lists each text once, with every export that prints it', async () => {
    const missing = await store.call<{ place: { type: string }; exports: { kind: string }[] }[]>(
      'exports.missingTexts',
      {
        sessionId: fresh.sessionId,
        lang: 'pt',
      },
    );
    const title = missing.find((m) => m.place.type === 'session_title')!;
    expect(title.exports.map((e) => e.kind)).toEqual([
      'order_of_business',
      'annotated_agenda',
      'list_of_speakers',
      'chairs_script',
      'session_report',
      'good_practices',
    ]);
    const question = missing.find((m) => m.place.type === 'guiding_question')!;
    // the chair's script reads the questions out on the panel item, the concept paper prints its block
    expect(question.exports).toEqual([
      { kind: 'chairs_script', documentId: null },
      { kind: 'concept_paper', documentId: fresh.paperId },
    ]);
    expect(missing.filter((m) => m.place.type === 'item_title')).toHaveLength(3);
  });

  it('refuses a kind and a document together, naming the field', async () => {
    const result = await store.api.call('exports.missingTexts', {
      sessionId: fresh.sessionId,
      lang: 'fr',
      kind: 'order_of_business',
      documentId: fresh.paperId,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'documentId' }] } });
  });
});

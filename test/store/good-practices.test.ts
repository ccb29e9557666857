import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../main/services/handlers';
import { listItemSummaries, listPractices } from '../../main/store/good-practices';
import { emptyLocalizedRichText, richTextFromPlainText } from '../../shared/content/rich-text';
import type { GoodPractice } from '../../shared/domain/good-practice';
import { openTempStore, type TempStore } from '../support/temp-store';

let store: TempStore;
let sessionId: string;
let stateId: (code: string) => Promise<string>;

beforeEach(async () => {
  store = await openTempStore();
  ({ sessionId } = await invoke(store.db, 'sessions.create', {
    bodyId: (await store.db.selectFrom('bodies').select('id').executeTakeFirstOrThrow()).id,
    title: { en: 'Session', es: '', fr: '', pt: '' },
    date: '2023-05-09',
    startTime: '10:00',
    endTime: '13:00',
    room: '',
    modality: 'hybrid',
    originalLanguage: 'en',
    status: 'draft',
  }).then((s) => ({ sessionId: s.id })));
  stateId = async (code) =>
    (await store.db.selectFrom('organizations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
});
afterEach(() => store.close());

const practice = async (code: string, date: string, title: string) => ({
  sessionId,
  organizationId: await stateId(code),
  questionId: null,
  recordEntryId: null,
  language: 'pt' as const,
  title: { en: '', es: '', fr: '', pt: title },
  text: { ...emptyLocalizedRichText(), pt: richTextFromPlainText(`${title}: como funciona.`) },
  date,
  channel: 'writing' as const,
});

describe('good practices in the store', () => {
  it('keeps each practice with its texts per language, listed in the order they were shared', async () => {
    await store.call('goodPractices.create', await practice('BRA', '2023-05-10', 'Acolhida humanitária'));
    await store.call('goodPractices.create', await practice('BRA', '2023-05-09', 'Operação Acolhida'));
    const listed = await listPractices(store.db, sessionId);
    expect(listed.map((p) => p.title.pt)).toEqual(['Operação Acolhida', 'Acolhida humanitária']);
    expect(listed[0]!.text.pt.content).toHaveLength(1);
    expect(listed[0]!.text.en).toEqual({ type: 'doc', content: [] });
  });

  it('refuses a practice without a title in the language it was given in, on create and on update, changing nothing', async () => {
    const created = await store.call<GoodPractice>('goodPractices.create', await practice('BRA', '2023-05-09', 'X'));
    const before = await store.dump();
    const noTitle = await store.api.call('goodPractices.create', {
      ...(await practice('BRA', '2023-05-09', '')),
      title: { en: 'Only English', es: '', fr: '', pt: '' },
    });
    expect(noTitle).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'title' }] } });
    const emptied = await store.api.call('goodPractices.update', {
      id: created.id,
      patch: { title: { en: 'Only English', es: '', fr: '', pt: '' } },
    });
    expect(emptied).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'patch.title' }] } });
    expect(await store.dump()).toBe(before);
  });

  it('refuses a question or record entry of another session, naming the field', async () => {
    const other = await store.call<{ id: string }>('guidingQuestions.create', {
      sessionId: (await invoke(store.db, 'demo.create', {})).sessionId,
      text: { en: 'Q', es: '', fr: '', pt: '' },
    });
    const result = await store.api.call('goodPractices.create', {
      ...(await practice('BRA', '2023-05-09', 'X')),
      questionId: other.id,
      recordEntryId: '00000000-0000-4000-8000-000000000000',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not_found', issues: [{ path: 'questionId' }, { path: 'recordEntryId' }] },
    });
  });

  it("writes an item's summary once and rewrites it", async () => {
    const item = await store.call<{ id: string }>('agendaItems.create', {
      sessionId,
      kind: 'panel',
      title: { en: 'Panel', es: '', fr: '', pt: '' },
      annotation: emptyLocalizedRichText(),
      durationMinutes: 60,
      documentSymbols: [],
      speakerOrder: 'by_rule',
    });
    const write = (text: string) =>
      store.call('sessionReport.setSummary', {
        itemId: item.id,
        summary: { ...emptyLocalizedRichText(), en: richTextFromPlainText(text) },
      });
    await write('First draft.');
    await write('The panel presented.');
    const [summary] = await listItemSummaries(store.db, sessionId);
    expect(summary?.summary.en).toEqual(richTextFromPlainText('The panel presented.'));
    expect(await listItemSummaries(store.db, sessionId)).toHaveLength(1);
  });
});

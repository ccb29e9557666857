import { invoke } from '../../main/services/handlers';
import type { GoodPractice } from '../../shared/domain/good-practice';
import { emptyLocalizedRichText, richTextFromPlainText } from '../../shared/content/rich-text';
import type { Case, Ctx } from './procedure-cases';

const missing = '00000000-0000-4000-8000-000000000000';
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};

const fields = (c: Ctx) => ({
  sessionId: c.sessionId,
  organizationId: c.memberStateId,
  questionId: c.questionIds[0]!,
  recordEntryId: null,
  language: 'es',
  title: { en: '', es: 'Ventanilla única para migrantes', fr: '', pt: '' },
  text: { ...emptyLocalizedRichText(), es: richTextFromPlainText('Un solo lugar para todos los trámites.') },
  date: '2023-05-09',
  channel: 'writing',
});
const created = async (c: Ctx) => (await invoke(c.db, 'goodPractices.create', fields(c))) as GoodPractice;

/** Happy and bad inputs of shared/api/good-practice-procedures.ts; none of the bad ones may change anything. */
export const GOOD_PRACTICE_CASES: Record<string, Case> = {
  'goodPractices.list': {
    happy: async (c) => {
      await created(c);
      return { sessionId: c.sessionId };
    },
    expect: (v) =>
      check(
        (v as GoodPractice[]).some((p) => p.title.es === 'Ventanilla única para migrantes'),
        'listed',
      ),
    bad: () => ({ sessionId: missing }),
    badCode: 'not_found',
  },
  'goodPractices.create': {
    happy: fields,
    expect: (v, c) => check((v as GoodPractice).organizationId === c.memberStateId, 'held by the State'),
    // a question of no session
    bad: (c) => ({ ...fields(c), questionId: missing }),
    badCode: 'not_found',
  },
  'goodPractices.update': {
    happy: async (c) => ({ id: (await created(c)).id, patch: { channel: 'floor', questionId: null } }),
    expect: (v) => check((v as GoodPractice).channel === 'floor' && (v as GoodPractice).questionId === null, 'changed'),
    bad: () => ({ id: missing, patch: { channel: 'floor' } }),
    badCode: 'not_found',
  },
  'goodPractices.delete': {
    happy: async (c) => ({ id: (await created(c)).id }),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'sessionReport.get': {
    happy: (c) => ({ sessionId: c.sessionId }),
    bad: () => ({ sessionId: missing }),
    badCode: 'not_found',
  },
  'sessionReport.setChair': {
    happy: (c) => ({ sessionId: c.sessionId, chairPersonId: c.personId }),
    expect: (v, c) => check((v as { chairPersonId: string }).chairPersonId === c.personId, 'the chair is said'),
    bad: (c) => ({ sessionId: c.sessionId, chairPersonId: missing }),
    badCode: 'not_found',
  },
  'sessionReport.setSummary': {
    happy: (c) => ({
      itemId: c.panelId,
      summary: { ...emptyLocalizedRichText(), en: richTextFromPlainText('The panel presented.') },
    }),
    expect: (v) => check(JSON.stringify(v).includes('The panel presented.'), 'answers the summary'),
    bad: () => ({ itemId: missing, summary: emptyLocalizedRichText() }),
    badCode: 'not_found',
  },
};

import type { InputOf, OutputOf } from '../../shared/api/contract';
import { fail, type ErrorIssue } from '../../shared/api/errors';
import {
  GoodPracticeFieldsSchema,
  practiceHasOriginalTitle,
  type GoodPracticeFields,
} from '../../shared/domain/good-practice';
import type { SessionReportData } from '../../shared/api/good-practice-procedures';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import {
  deletePractice,
  findChair,
  findPractice,
  insertPractice,
  listItemSummaries,
  listPractices,
  organizationExists,
  personExists,
  questionInSession,
  recordEntryInSession,
  saveChair,
  saveItemSummary,
  sessionExists,
  sessionOfItem,
  updatePractice,
} from '../store/good-practices';

const now = () => new Date().toISOString();

/** The references a practice names must exist, its question and record entry in its own session. */
async function checkReferences(db: Store, sessionId: string, fields: GoodPracticeFields, path = ''): Promise<void> {
  const issues: ErrorIssue[] = [];
  if (!(await organizationExists(db, fields.organizationId))) {
    issues.push({ path: `${path}organizationId`, message: 'no such record' });
  }
  if (fields.questionId && !(await questionInSession(db, sessionId, fields.questionId))) {
    issues.push({ path: `${path}questionId`, message: 'no such guiding question in this session' });
  }
  if (fields.recordEntryId && !(await recordEntryInSession(db, sessionId, fields.recordEntryId))) {
    issues.push({ path: `${path}recordEntryId`, message: "no such entry in this session's record" });
  }
  if (issues.length) fail('not_found', issues);
}

async function mustHaveSession(db: Store, sessionId: string): Promise<void> {
  if (!(await sessionExists(db, sessionId))) fail('not_found', [{ path: 'sessionId', message: 'no such record' }]);
}

/** Who chaired and the items' summaries, as sessionReport.get answers them. */
export async function sessionReportData(db: Store, sessionId: string): Promise<SessionReportData> {
  await mustHaveSession(db, sessionId);
  return {
    sessionId,
    chairPersonId: await findChair(db, sessionId),
    summaries: await listItemSummaries(db, sessionId),
  };
}

async function mustFind(db: Store, id: string) {
  return (await findPractice(db, id)) ?? fail('not_found', [{ path: 'id', message: 'no such record' }]);
}

/** Handlers of shared/api/good-practice-procedures.ts. */
export const goodPracticeHandlers: Readonly<Record<string, Handler>> = {
  'goodPractices.list': async (db: Store, input: InputOf<'goodPractices.list'>) => {
    await mustHaveSession(db, input.sessionId);
    return listPractices(db, input.sessionId);
  },
  'goodPractices.create': async (db: Store, input: GoodPracticeFields & { sessionId: string; id?: string }) => {
    const { sessionId, id = crypto.randomUUID(), ...fields } = input;
    await mustHaveSession(db, sessionId);
    await checkReferences(db, sessionId, fields);
    await insertPractice(db, { id, sessionId, stamp: now(), ...fields });
    return mustFind(db, id);
  },
  'goodPractices.update': async (db: Store, input: { id: string; patch: Partial<GoodPracticeFields> }) => {
    const existing = await mustFind(db, input.id);
    const fields = GoodPracticeFieldsSchema.parse({ ...existing, ...input.patch });
    const { sessionId } = existing;
    if (!practiceHasOriginalTitle(fields)) {
      fail('validation', [
        { path: 'patch.title', message: 'a practice needs a title in the language it was given in' },
      ]);
    }
    await checkReferences(db, sessionId, fields, 'patch.');
    await updatePractice(db, input.id, fields, now());
    return mustFind(db, input.id);
  },
  'goodPractices.delete': async (db: Store, input: { id: string }) => {
    await mustFind(db, input.id);
    await deletePractice(db, input.id);
    return { id: input.id };
  },
  'sessionReport.get': async (db: Store, input: InputOf<'sessionReport.get'>) => sessionReportData(db, input.sessionId),
  'sessionReport.setChair': async (db: Store, input: InputOf<'sessionReport.setChair'>) => {
    await mustHaveSession(db, input.sessionId);
    if (input.chairPersonId && !(await personExists(db, input.chairPersonId))) {
      fail('not_found', [{ path: 'chairPersonId', message: 'no such record' }]);
    }
    await saveChair(db, input.sessionId, input.chairPersonId);
    return sessionReportData(db, input.sessionId);
  },
  'sessionReport.setSummary': async (db: Store, input: OutputOf<'sessionReport.setSummary'>) => {
    if (!(await sessionOfItem(db, input.itemId))) fail('not_found', [{ path: 'itemId', message: 'no such record' }]);
    await saveItemSummary(db, input, now());
    return input;
  },
};

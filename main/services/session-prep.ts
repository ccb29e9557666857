import { fail } from '../../shared/api/errors';
import type { RevisionKind } from '../../shared/domain/document';
import { expandSymbolPattern } from '../../shared/symbols/expand-symbol-pattern';
import type { Store } from '../store/open-database';
import type { Handler } from './crud-handlers';
import { ENTITY_SPECS } from './entity-specs';
import { fromRow } from './row-mapping';

const noSuch = (path: string) => fail('not_found', [{ path, message: 'no such record' }]);

async function symbolTaken(db: Store, symbol: string): Promise<boolean> {
  const issued = await db.selectFrom('issuedSymbols').select('id').where('symbol', '=', symbol).executeTakeFirst();
  const used = await db.selectFrom('documents').select('id').where('symbol', '=', symbol).executeTakeFirst();
  return issued !== undefined || used !== undefined;
}

/** The body's next free symbol: past its own count and every number issued, skipping symbols typed by hand. */
async function nextSymbol(db: Store, bodyId: string, date: string): Promise<{ symbol: string; number: number }> {
  const body = await db
    .selectFrom('bodies')
    .select(['symbolPattern', 'nextSymbolNumber'])
    .where('id', '=', bodyId)
    .executeTakeFirst();
  if (!body) return noSuch('bodyId');
  const last = await db
    .selectFrom('issuedSymbols')
    .select((eb) => eb.fn.max<number | null>('number').as('last'))
    .where('bodyId', '=', bodyId)
    .executeTakeFirst();
  let number = Math.max(body.nextSymbolNumber, (last?.last ?? 0) + 1);
  while (await symbolTaken(db, expandSymbolPattern(body.symbolPattern, number, date))) number += 1;
  return { symbol: expandSymbolPattern(body.symbolPattern, number, date), number };
}

async function documentWithSession(db: Store, documentId: string) {
  const row = await db
    .selectFrom('documents')
    .innerJoin('sessions', 'sessions.id', 'documents.sessionId')
    .selectAll('documents')
    .select(['sessions.bodyId', 'sessions.date'])
    .where('documents.id', '=', documentId)
    .executeTakeFirst();
  return row ?? noSuch('documentId');
}

const getDocument = async (db: Store, id: string) =>
  fromRow(
    ENTITY_SPECS.documents,
    await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );

const nowIso = () => new Date().toISOString();

async function assignmentsOf(db: Store, questionIds: string[]) {
  if (questionIds.length === 0) return [];
  return db
    .selectFrom('guidingQuestionAssignments')
    .innerJoin('speakers', 'speakers.id', 'guidingQuestionAssignments.speakerId')
    .select(['guidingQuestionAssignments.questionId', 'guidingQuestionAssignments.speakerId'])
    .where('guidingQuestionAssignments.questionId', 'in', questionIds)
    .orderBy('speakers.position')
    .execute();
}

export const sessionPrepHandlers: Readonly<Record<string, Handler>> = {
  'symbols.next': async (db: Store, input: { bodyId: string; date: string }) =>
    nextSymbol(db, input.bodyId, input.date),

  'documents.issueSymbol': async (db: Store, input: { documentId: string }) => {
    const doc = await documentWithSession(db, input.documentId);
    if (doc.symbol !== null) fail('duplicate', [{ path: 'documentId', message: 'the document already has a symbol' }]);
    const { symbol, number } = await nextSymbol(db, doc.bodyId, doc.date);
    const stamp = nowIso();
    await db
      .insertInto('issuedSymbols')
      .values({ id: crypto.randomUUID(), bodyId: doc.bodyId, symbol, number, documentId: doc.id, issuedAt: stamp })
      .execute();
    await db.updateTable('documents').set({ symbol, updatedAt: stamp }).where('id', '=', doc.id).execute();
    return getDocument(db, doc.id);
  },

  'documents.createRevision': async (db: Store, input: { documentId: string; revisionKind: RevisionKind }) => {
    const source = await documentWithSession(db, input.documentId);
    if (source.symbol === null) fail('validation', [{ path: 'documentId', message: 'the document has no symbol yet' }]);
    const last = await db
      .selectFrom('documents')
      .select((eb) => eb.fn.max<number | null>('revisionNumber').as('last'))
      .where('symbol', '=', source.symbol)
      .where('revisionKind', '=', input.revisionKind)
      .executeTakeFirst();
    const id = crypto.randomUUID();
    const stamp = nowIso();
    await db
      .insertInto('documents')
      .values({
        id,
        sessionId: source.sessionId,
        kind: source.kind,
        symbol: source.symbol,
        revisionKind: input.revisionKind,
        revisionNumber: (last?.last ?? 0) + 1,
        originalLanguage: source.originalLanguage,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
    // The revision starts from the original's text; translations are sent again from it.
    const original = await db
      .selectFrom('documentVersions')
      .selectAll()
      .where('documentId', '=', source.id)
      .where('language', '=', source.originalLanguage)
      .executeTakeFirst();
    if (original) {
      await db
        .insertInto('documentVersions')
        .values({
          ...original,
          id: crypto.randomUUID(),
          documentId: id,
          status: 'original',
          createdAt: stamp,
          updatedAt: stamp,
        })
        .execute();
    }
    return getDocument(db, id);
  },

  'guidingQuestions.assign': async (db: Store, input: { questionId: string; speakerIds: string[] }) => {
    const question = await db
      .selectFrom('guidingQuestions')
      .select('sessionId')
      .where('id', '=', input.questionId)
      .executeTakeFirst();
    if (!question) return noSuch('questionId');
    const speakerIds = [...new Set(input.speakerIds)];
    if (speakerIds.length > 0) {
      const ofSession = await db
        .selectFrom('speakers')
        .innerJoin('agendaItems', 'agendaItems.id', 'speakers.agendaItemId')
        .select('speakers.id')
        .where('speakers.id', 'in', speakerIds)
        .where('agendaItems.sessionId', '=', question.sessionId)
        .execute();
      if (ofSession.length !== speakerIds.length) {
        fail('validation', [{ path: 'speakerIds', message: 'every speaker must be on the list of this session' }]);
      }
    }
    await db.deleteFrom('guidingQuestionAssignments').where('questionId', '=', input.questionId).execute();
    if (speakerIds.length > 0) {
      await db
        .insertInto('guidingQuestionAssignments')
        .values(speakerIds.map((speakerId) => ({ questionId: input.questionId, speakerId })))
        .execute();
    }
    return assignmentsOf(db, [input.questionId]);
  },

  'guidingQuestions.assignments': async (db: Store, input: { sessionId: string }) => {
    const questions = await db
      .selectFrom('guidingQuestions')
      .select('id')
      .where('sessionId', '=', input.sessionId)
      .execute();
    return assignmentsOf(
      db,
      questions.map((q) => q.id),
    );
  },
};

import { fail } from '../../shared/api/errors';
import type { RevisionKind } from '../../shared/domain/document';
import { expandSymbolPattern } from '../../shared/symbols/expand-symbol-pattern';
import { getEntity } from '../store/entities';
import {
  assignmentsOf,
  countSpeakersOfSession,
  questionIdsOf,
  replaceAssignments,
  sessionOfQuestion,
} from '../store/guiding-questions';
import type { Store } from '../store/open-database';
import {
  bodyNumbering,
  documentWithSession as findDocumentWithSession,
  insertRevision,
  issueSymbolTo,
  lastIssuedNumber,
  lastRevisionNumber,
  symbolTaken,
} from '../store/symbols';
import type { Handler } from './crud-handlers';

const noSuch = (path: string) => fail('not_found', [{ path, message: 'no such record' }]);

/** The body's next free symbol: past its own count and every number issued, skipping symbols typed by hand. */
async function nextSymbol(db: Store, bodyId: string, date: string): Promise<{ symbol: string; number: number }> {
  const body = await bodyNumbering(db, bodyId);
  if (!body) return noSuch('bodyId');
  let number = Math.max(body.nextSymbolNumber, ((await lastIssuedNumber(db, bodyId)) ?? 0) + 1);
  while (await symbolTaken(db, expandSymbolPattern(body.symbolPattern, number, date))) number += 1;
  return { symbol: expandSymbolPattern(body.symbolPattern, number, date), number };
}

const documentWithSession = async (db: Store, documentId: string) =>
  (await findDocumentWithSession(db, documentId)) ?? noSuch('documentId');

const nowIso = () => new Date().toISOString();

export const sessionPrepHandlers: Readonly<Record<string, Handler>> = {
  'symbols.next': async (db: Store, input: { bodyId: string; date: string }) =>
    nextSymbol(db, input.bodyId, input.date),

  'documents.issueSymbol': async (db: Store, input: { documentId: string }) => {
    const doc = await documentWithSession(db, input.documentId);
    if (doc.symbol !== null) fail('duplicate', [{ path: 'documentId', message: 'the document already has a symbol' }]);
    const { symbol, number } = await nextSymbol(db, doc.bodyId, doc.date);
    await issueSymbolTo(db, doc, symbol, number, nowIso());
    return getEntity(db, 'documents', doc.id);
  },

  'documents.createRevision': async (db: Store, input: { documentId: string; revisionKind: RevisionKind }) => {
    const source = await documentWithSession(db, input.documentId);
    if (source.symbol === null) fail('validation', [{ path: 'documentId', message: 'the document has no symbol yet' }]);
    const number = ((await lastRevisionNumber(db, source.symbol!, input.revisionKind)) ?? 0) + 1;
    const id = await insertRevision(
      db,
      { ...source, symbol: source.symbol! },
      { kind: input.revisionKind, number },
      nowIso(),
    );
    return getEntity(db, 'documents', id);
  },

  'guidingQuestions.assign': async (db: Store, input: { questionId: string; speakerIds: string[] }) => {
    const sessionId = await sessionOfQuestion(db, input.questionId);
    if (!sessionId) return noSuch('questionId');
    const speakerIds = [...new Set(input.speakerIds)];
    if ((await countSpeakersOfSession(db, speakerIds, sessionId)) !== speakerIds.length) {
      fail('validation', [{ path: 'speakerIds', message: 'every speaker must be on the list of this session' }]);
    }
    await replaceAssignments(db, input.questionId, speakerIds);
    return assignmentsOf(db, [input.questionId]);
  },

  'guidingQuestions.assignments': async (db: Store, input: { sessionId: string }) => {
    return assignmentsOf(db, await questionIdsOf(db, input.sessionId));
  },
};

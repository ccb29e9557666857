import type { InputOf } from '../../shared/api/contract';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import { exportAllZip, exportSessionKind, exportStoredDocument } from './export';
import { missingTexts } from './missing-texts';

/** Handlers of shared/api/document-procedures.ts. */
export const documentHandlers: Readonly<Record<string, Handler>> = {
  'documents.exportDocx': (db: Store, input: InputOf<'documents.exportDocx'>) =>
    exportStoredDocument(db, input.documentId, input.language),
  'sessions.exportDocx': (db: Store, input: InputOf<'sessions.exportDocx'>) =>
    exportSessionKind(db, input.sessionId, input.kind, input.language, input.documentId),
  'sessions.exportAllDocx': (db: Store, input: InputOf<'sessions.exportAllDocx'>) =>
    exportAllZip(db, input.sessionId, input.languages),
  'exports.missingTexts': (db: Store, input: InputOf<'exports.missingTexts'>) => missingTexts(db, input),
};

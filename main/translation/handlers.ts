import type { InputOf } from '../../shared/api/contract';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import {
  changesFile,
  changesSinceSent,
  importDraft,
  inspect,
  languageVersions,
  receive,
  sendToTranslation,
} from './service';
import { sessionTextHandlers } from './session-texts/handlers';

/** Handlers of shared/api/translation-procedures.ts. */
export const translationHandlers: Readonly<Record<string, Handler>> = {
  'translation.versions': (db: Store, input: InputOf<'translation.versions'>) => languageVersions(db, input.documentId),
  'translation.send': (db: Store, input: InputOf<'translation.send'>) => sendToTranslation(db, input),
  'translation.inspect': (db: Store, input: Parameters<typeof inspect>[1]) => inspect(db, input),
  'translation.receive': (db: Store, input: Parameters<typeof receive>[1]) => receive(db, input),
  'translation.importDraft': (db: Store, input: Parameters<typeof importDraft>[1]) => importDraft(db, input),
  'translation.changes': (db: Store, input: InputOf<'translation.changes'>) =>
    changesSinceSent(db, input.documentId, input.language),
  'translation.changesDocx': (db: Store, input: InputOf<'translation.changesDocx'>) =>
    changesFile(db, input.documentId, input.language),
  ...sessionTextHandlers,
};

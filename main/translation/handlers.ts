import type { InputOf } from '../../shared/api/contract';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import type { ReadDocument } from '../word-reader';
import { inspectThenReceive } from './inspected-files';
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

/** A receive with the file read from its base64, or with its inspection's handle. */
type ReceiveInput = Omit<Parameters<typeof receive>[1], 'file'> & { file?: ReadDocument; handle?: string };

const byInspection = inspectThenReceive(
  (input: { documentId: string; language: string }) => `${input.documentId}:${input.language}`,
  inspect,
  (db: Store, input: ReceiveInput & { file: ReadDocument }) => receive(db, input),
);

/** Handlers of shared/api/translation-procedures.ts. */
export const translationHandlers: Readonly<Record<string, Handler>> = {
  'translation.versions': (db: Store, input: InputOf<'translation.versions'>) => languageVersions(db, input.documentId),
  'translation.send': (db: Store, input: InputOf<'translation.send'>) => sendToTranslation(db, input),
  'translation.inspect': byInspection.inspect,
  'translation.receive': byInspection.receive,
  'translation.importDraft': (db: Store, input: Parameters<typeof importDraft>[1]) => importDraft(db, input),
  'translation.changes': (db: Store, input: InputOf<'translation.changes'>) =>
    changesSinceSent(db, input.documentId, input.language),
  'translation.changesDocx': (db: Store, input: InputOf<'translation.changesDocx'>) =>
    changesFile(db, input.documentId, input.language),
  ...sessionTextHandlers,
};

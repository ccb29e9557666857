import type { InputOf } from '../../shared/api/contract';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import type { ReadDocument } from '../word-reader';
import { InspectedFiles } from './inspected-files';
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

/** The files inspected and not yet received, by handle. */
const inspected = new InspectedFiles<ReadDocument>();
const targetOf = (input: { documentId: string; language: string }) => `${input.documentId}:${input.language}`;

/** A receive with the file read from its base64, or with its inspection's handle. */
type ReceiveInput = Omit<Parameters<typeof receive>[1], 'file'> & { file?: ReadDocument; handle?: string };

/** Handlers of shared/api/translation-procedures.ts. */
export const translationHandlers: Readonly<Record<string, Handler>> = {
  'translation.versions': (db: Store, input: InputOf<'translation.versions'>) => languageVersions(db, input.documentId),
  'translation.send': (db: Store, input: InputOf<'translation.send'>) => sendToTranslation(db, input),
  'translation.inspect': async (db: Store, input: Parameters<typeof inspect>[1]) => ({
    ...(await inspect(db, input)),
    handle: inspected.keep(targetOf(input), input.file),
  }),
  'translation.receive': async (db: Store, input: ReceiveInput) => {
    const file = input.file ?? inspected.find(input.handle!, targetOf(input));
    const received = await receive(db, { ...input, file });
    if (input.handle) inspected.drop(input.handle);
    return received;
  },
  'translation.importDraft': (db: Store, input: Parameters<typeof importDraft>[1]) => importDraft(db, input),
  'translation.changes': (db: Store, input: InputOf<'translation.changes'>) =>
    changesSinceSent(db, input.documentId, input.language),
  'translation.changesDocx': (db: Store, input: InputOf<'translation.changesDocx'>) =>
    changesFile(db, input.documentId, input.language),
  ...sessionTextHandlers,
};

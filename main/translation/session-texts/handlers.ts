import type { InputOf } from '../../../shared/api/contract';
import type { Handler } from '../../services/crud-handlers';
import type { Store } from '../../store/open-database';
import { inspectThenReceive } from '../inspected-files';
import type { ReadSessionTexts } from './read-texts';
import { inspectSessionTexts, receiveSessionTexts, sendSessionTexts, sessionTextsStatus } from './service';

/** A receive with the file read from its base64, or with its inspection's handle. */
type ReceiveInput = Omit<Parameters<typeof receiveSessionTexts>[1], 'file'> & {
  file?: ReadSessionTexts;
  handle?: string;
};

const byInspection = inspectThenReceive(
  (input: { sessionId: string; language: string }) => `${input.sessionId}:${input.language}`,
  inspectSessionTexts,
  (db: Store, input: ReceiveInput & { file: ReadSessionTexts }) => receiveSessionTexts(db, input),
);

/** Handlers of shared/api/session-text-procedures.ts. */
export const sessionTextHandlers: Readonly<Record<string, Handler>> = {
  'translation.sessionTexts.status': (db: Store, input: InputOf<'translation.sessionTexts.status'>) =>
    sessionTextsStatus(db, input.sessionId),
  'translation.sessionTexts.send': (db: Store, input: InputOf<'translation.sessionTexts.send'>) =>
    sendSessionTexts(db, input),
  'translation.sessionTexts.inspect': byInspection.inspect,
  'translation.sessionTexts.receive': byInspection.receive,
};

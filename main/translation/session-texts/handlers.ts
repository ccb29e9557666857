import type { InputOf } from '../../../shared/api/contract';
import type { Handler } from '../../services/crud-handlers';
import type { Store } from '../../store/open-database';
import { inspectSessionTexts, receiveSessionTexts, sendSessionTexts, sessionTextsStatus } from './service';

/** Handlers of shared/api/session-text-procedures.ts. */
export const sessionTextHandlers: Readonly<Record<string, Handler>> = {
  'translation.sessionTexts.status': (db: Store, input: InputOf<'translation.sessionTexts.status'>) =>
    sessionTextsStatus(db, input.sessionId),
  'translation.sessionTexts.send': (db: Store, input: InputOf<'translation.sessionTexts.send'>) =>
    sendSessionTexts(db, input),
  'translation.sessionTexts.inspect': (db: Store, input: InputOf<'translation.sessionTexts.inspect'>) =>
    inspectSessionTexts(db, input),
  'translation.sessionTexts.receive': (db: Store, input: Parameters<typeof receiveSessionTexts>[1]) =>
    receiveSessionTexts(db, input),
};

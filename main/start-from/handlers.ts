import type { InputOf } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { wallClockNow } from '../../shared/speakers/speaker-defaults';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import { copySessionForNextYear } from '../store/start-from';

/** Handlers of shared/api/start-from-procedures.ts. */
export const startFromHandlers: Readonly<Record<string, Handler>> = {
  'sessions.startFrom': async (db: Store, input: InputOf<'sessions.startFrom'>) => {
    const now = new Date();
    const sessionId = await copySessionForNextYear(db, {
      sourceId: input.sessionId,
      date: input.date,
      now: now.toISOString(),
      wallNow: wallClockNow(now),
    });
    return sessionId ? { sessionId } : fail('not_found', [{ path: 'sessionId', message: 'no such record' }]);
  },
};

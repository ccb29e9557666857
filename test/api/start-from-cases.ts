import type { Case } from './procedure-cases';

/** Happy and bad inputs of shared/api/start-from-procedures.ts; the bad one may change nothing. */
export const START_FROM_CASES: Record<string, Case> = {
  'sessions.startFrom': {
    happy: (c) => ({ sessionId: c.sessionId, date: '2024-05-14' }),
    expect: (v, c) => {
      const { sessionId } = v as { sessionId: string };
      if (sessionId === c.sessionId) throw new Error('a new session, not the earlier one');
    },
    bad: (c) => ({ sessionId: c.sessionId, date: '2024-02-30' }),
    badCode: 'validation',
  },
};

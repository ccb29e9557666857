import { z } from 'zod';
import { CalendarDateSchema, IdSchema } from '../domain/common';
import { mutation } from './procedure';

/** Procedures of starting next year's session from an earlier one. */
export const startFromProcedures = {
  /**
   * A new draft session on `date` with the earlier session's body, agenda (annotations as drafts),
   * guiding questions, panel roles and mechanisms, and its concept paper as a new draft without a
   * symbol. People, requests for the floor and the record are not copied; the earlier session is not
   * changed.
   */
  'sessions.startFrom': mutation(
    z.strictObject({ sessionId: IdSchema, date: CalendarDateSchema }),
    z.object({ sessionId: IdSchema }),
  ),
} as const;

import { z } from 'zod';
import { LocalizedRichTextSchema } from '../content/rich-text';
import { IdSchema } from '../domain/common';
import { GoodPracticeFieldsSchema, GoodPracticeSchema, practiceHasOriginalTitle } from '../domain/good-practice';
import { mutation, query } from './procedure';

/*
 * After the session (issue 18): the good practices States shared, and for the session report who
 * chaired and the Secretariat's summary of each agenda item.
 */

const ORIGINAL_TITLE = { message: 'a practice needs a title in the language it was given in', path: ['title'] };

export const ItemSummarySchema = z.object({ itemId: IdSchema, summary: LocalizedRichTextSchema });

export const SessionReportDataSchema = z.object({
  sessionId: IdSchema,
  chairPersonId: IdSchema.nullable(),
  /** Only the items that have a summary. */
  summaries: z.array(ItemSummarySchema),
});
export type SessionReportData = z.infer<typeof SessionReportDataSchema>;

export const goodPracticeProcedures = {
  /** A session's practices, in the order they were shared. */
  'goodPractices.list': query(z.strictObject({ sessionId: IdSchema }), z.array(GoodPracticeSchema)),
  /**
   * Records a practice: the organization, question and record entry must exist, and the question and
   * the entry be the session's own.
   */
  'goodPractices.create': mutation(
    z
      .strictObject({ sessionId: IdSchema, id: IdSchema.optional(), ...GoodPracticeFieldsSchema.shape })
      .refine(practiceHasOriginalTitle, ORIGINAL_TITLE),
    GoodPracticeSchema,
  ),
  /** Changes some fields; the result must still have a title in the language it was given in. */
  'goodPractices.update': mutation(
    z.strictObject({ id: IdSchema, patch: GoodPracticeFieldsSchema.partial().strict() }),
    GoodPracticeSchema,
  ),
  'goodPractices.delete': mutation(z.strictObject({ id: IdSchema }), z.object({ id: IdSchema })),
  /** What the session report takes that the session's other data does not say: who chaired, each item's summary. */
  'sessionReport.get': query(z.strictObject({ sessionId: IdSchema }), SessionReportDataSchema),
  /** Says who chaired (a person), or nobody yet (null). */
  'sessionReport.setChair': mutation(
    z.strictObject({ sessionId: IdSchema, chairPersonId: IdSchema.nullable() }),
    SessionReportDataSchema,
  ),
  /** Writes an item's summary, all four languages at once (an empty one means not written). */
  'sessionReport.setSummary': mutation(z.strictObject(ItemSummarySchema.shape), ItemSummarySchema),
} as const;

import { z } from 'zod';
import { LocalizedRichTextSchema } from '../content/rich-text';
import { CalendarDateSchema, IdSchema, TimestampsSchema } from './common';
import { LanguageSchema, LocalizedSchema } from './languages';

/** How a State shared a practice: said on the floor, or sent to the Secretariat in writing. */
export const PRACTICE_CHANNELS = ['floor', 'writing'] as const;
export const PracticeChannelSchema = z.enum(PRACTICE_CHANNELS);
export type PracticeChannel = z.infer<typeof PracticeChannelSchema>;

/**
 * A good practice a State (or a mechanism) shared, to be compiled and "made available to the member
 * states" (the concept paper's words): held in the language it was given in, translatable like an
 * item's annotation, and answering one of the session's guiding questions when it does.
 */
export const GoodPracticeFieldsSchema = z.object({
  /** The State or mechanism that shared it (an organization). */
  organizationId: IdSchema,
  /** The guiding question it answers; null when it answers none in particular. */
  questionId: IdSchema.nullable(),
  /** The floor's record entry it was said in, when it was said on the floor. */
  recordEntryId: IdSchema.nullable(),
  /** The language it was given in: its title and text there are the original. */
  language: LanguageSchema,
  title: LocalizedSchema,
  text: LocalizedRichTextSchema,
  date: CalendarDateSchema,
  channel: PracticeChannelSchema,
});
export type GoodPracticeFields = z.infer<typeof GoodPracticeFieldsSchema>;

/** The fields must keep: a title in the language the practice was given in. */
export const practiceHasOriginalTitle = (p: Pick<GoodPracticeFields, 'title' | 'language'>): boolean =>
  p.title[p.language].trim() !== '';

export const GoodPracticeSchema = z
  .object({ id: IdSchema, sessionId: IdSchema })
  .extend(GoodPracticeFieldsSchema.shape)
  .extend(TimestampsSchema.shape);
export type GoodPractice = z.infer<typeof GoodPracticeSchema>;

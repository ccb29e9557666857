import { z } from 'zod';
import { entitySchema, withRules } from './entity';
import { IdSchema } from './common';

/** Questions are long sentences, so their per-language texts may be longer than other localized fields. */
export const QuestionTextSchema = z.object({
  en: z.string().max(5000),
  es: z.string().max(5000),
  fr: z.string().max(5000),
  pt: z.string().max(5000),
});

export const GuidingQuestionFields = withRules(z.object({ text: QuestionTextSchema }));

export const GuidingQuestionSchema = entitySchema(
  {
    id: IdSchema,
    sessionId: IdSchema,
    position: z.int().min(0),
  },
  GuidingQuestionFields,
);
export type GuidingQuestion = z.infer<typeof GuidingQuestionSchema>;

import { z } from 'zod';
import { entitySchema, withRules } from './entity';
import { LocalizedSchema } from './languages';
import { IdSchema } from './common';

export const BodyFields = withRules(
  z.object({
    code: z.string().trim().min(1).max(32),
    name: LocalizedSchema,
    parentName: LocalizedSchema,
    /** Pattern for the next document symbol: {n} is the running number, {yy} / {yyyy} the year. */
    symbolPattern: z.string().trim().min(1).max(100).regex(/\{n\}/, 'the pattern needs {n}'),
    /** The running number the next symbol takes at the least: the body's own count before the app was used. */
    nextSymbolNumber: z.int().min(1).max(999_999),
  }),
);

export const BodySchema = entitySchema({ id: IdSchema }, BodyFields);
export type Body = z.infer<typeof BodySchema>;

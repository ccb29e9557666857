import { z } from 'zod';
import { entitySchema, withRules } from './entity';
import { IdSchema } from './common';

export const PersonFields = withRules(
  z.object({
    /** The name as the person writes it; never translated, never split into given and family names. */
    name: z.string().trim().min(1).max(200),
    /** "Ambassador", "Dr.", "Ms."… as it should be printed before the name. */
    honorific: z.string().trim().max(100),
    position: z.string().trim().max(300),
    organizationId: IdSchema.nullable(),
    email: z.string().trim().max(320),
  }),
);

export const PersonSchema = entitySchema({ id: IdSchema }, PersonFields);
export type Person = z.infer<typeof PersonSchema>;

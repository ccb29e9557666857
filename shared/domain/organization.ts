import { z } from 'zod';
import { entitySchema, withRules } from './entity';
import { LocalizedSchema } from './languages';
import { IdSchema } from './common';

export const ORGANIZATION_KINDS = [
  'member_state',
  'observer',
  'mechanism',
  'international_organization',
  'civil_society',
  'secretariat',
] as const;
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

export const OrganizationFields = withRules(
  z.object({
    kind: OrganizationKindSchema,
    /** Stable short key for shipped reference data (ISO 3166-1 alpha-3 for states); null for user-made rows. */
    code: z.string().trim().max(32).nullable(),
    /** Acronyms differ by language (IOM / OIM), so they are localized like names. */
    acronym: LocalizedSchema,
    name: LocalizedSchema,
    email: z.string().trim().max(320),
    phone: z.string().trim().max(64),
    notes: z.string().max(10_000),
  }),
);

export const OrganizationSchema = entitySchema(
  {
    id: IdSchema,
    /** True for rows shipped with the app: their names are fixed, contacts stay editable. */
    isReference: z.boolean(),
  },
  OrganizationFields,
);
export type Organization = z.infer<typeof OrganizationSchema>;

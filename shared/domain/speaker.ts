import { z } from 'zod';
import { entitySchema, withRules } from './entity';
import { IdSchema, WallDateTimeSchema } from './common';

export const SPEAKER_ROLES = ['moderator', 'keynote', 'panelist', 'delegation', 'observer', 'organization'] as const;
export const SpeakerRoleSchema = z.enum(SPEAKER_ROLES);
export type SpeakerRole = z.infer<typeof SpeakerRoleSchema>;

export const SPEAKER_STATUSES = ['requested', 'confirmed', 'spoke', 'withdrawn'] as const;
export const SpeakerStatusSchema = z.enum(SPEAKER_STATUSES);
export type SpeakerStatus = z.infer<typeof SpeakerStatusSchema>;

export const SpeakerFields = withRules(
  z.object({
    personId: IdSchema.nullable(),
    /** The delegation, mechanism or organization the speaker takes the floor for. */
    organizationId: IdSchema.nullable(),
    role: SpeakerRoleSchema,
    allottedMinutes: z.int().min(0).max(600),
    status: SpeakerStatusSchema,
    /** When the request for the floor came in, as the wall clock showed it. */
    requestedAt: WallDateTimeSchema,
  }),
  [
    {
      holds: (s) => s.personId !== null || s.organizationId !== null,
      message: 'a speaker needs a person or an organization',
      path: 'personId',
    },
  ],
);

export const SpeakerSchema = entitySchema(
  {
    id: IdSchema,
    agendaItemId: IdSchema,
    position: z.int().min(0),
  },
  SpeakerFields,
);
export type Speaker = z.infer<typeof SpeakerSchema>;

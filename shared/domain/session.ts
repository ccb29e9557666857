import { z } from 'zod';
import { LanguageSchema, LocalizedSchema } from './languages';
import { entitySchema, withRules } from './entity';
import { CalendarDateSchema, IdSchema, WallTimeSchema } from './common';

export const MODALITIES = ['in_person', 'virtual', 'hybrid'] as const;
export const ModalitySchema = z.enum(MODALITIES);
export type Modality = z.infer<typeof ModalitySchema>;

export const SESSION_STATUSES = ['draft', 'convened', 'held'] as const;
export const SessionStatusSchema = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

export const SessionFields = withRules(
  z.object({
    bodyId: IdSchema,
    title: LocalizedSchema,
    date: CalendarDateSchema,
    startTime: WallTimeSchema,
    endTime: WallTimeSchema,
    room: z.string().trim().max(200),
    modality: ModalitySchema,
    originalLanguage: LanguageSchema,
    status: SessionStatusSchema,
  }),
  [
    {
      holds: (s) => s.endTime > s.startTime,
      message: 'the session must end after it starts',
      path: 'endTime',
      rule: 'endAfterStart',
    },
  ],
);

export const SessionSchema = entitySchema({ id: IdSchema }, SessionFields);
export type Session = z.infer<typeof SessionSchema>;

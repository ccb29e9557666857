import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { SpeakerRoleSchema } from '../domain/speaker';

/** What a request for the floor asks: to speak on the item, a point of order, or a right of reply. */
export const FLOOR_KINDS = ['speaker', 'pointOfOrder', 'rightOfReply'] as const;
export const FloorKindSchema = z.enum(FLOOR_KINDS);
export type FloorKind = z.infer<typeof FloorKindSchema>;

/** An instant as the API shows it: ISO 8601 with its offset (UTC from main), so it means the same anywhere. */
export const InstantSchema = z.iso.datetime({ offset: true });

/** What every speech is, running or ended: who spoke, for whom, on which item, since when. */
const SpeechSchema = z.object({
  /** The speech's own id (a record entry once it ends). */
  id: IdSchema,
  itemId: IdSchema,
  /** The speaker row on the item's list; null for a point of order or right of reply of someone not on it. */
  speakerId: IdSchema.nullable(),
  organizationId: IdSchema.nullable(),
  personId: IdSchema.nullable(),
  role: SpeakerRoleSchema,
  kind: FloorKindSchema,
  startedAt: InstantSchema,
});

export const FloorCurrentSchema = SpeechSchema.extend({
  /** Seconds since startedAt, pauses not counted, as of the answer. */
  elapsedSeconds: z.int().min(0),
  /** The speaker's allotted time; null when none is set (points of order, rights of reply). */
  allottedSeconds: z.int().min(0).nullable(),
  paused: z.boolean(),
});
export type FloorCurrent = z.infer<typeof FloorCurrentSchema>;

export const FloorQueueEntrySchema = z.object({
  id: IdSchema,
  itemId: IdSchema,
  kind: FloorKindSchema,
  speakerId: IdSchema.optional(),
  organizationId: IdSchema.optional(),
  personId: IdSchema.optional(),
});
export type FloorQueueEntry = z.infer<typeof FloorQueueEntrySchema>;

export const FloorRecordEntrySchema = SpeechSchema.extend({
  endedAt: InstantSchema,
  spokenSeconds: z.int().min(0),
});
export type FloorRecordEntry = z.infer<typeof FloorRecordEntrySchema>;

export const FloorStateSchema = z.object({
  sessionId: IdSchema,
  /** The item open on the floor; null before the first is opened. */
  itemId: IdSchema.nullable(),
  current: FloorCurrentSchema.nullable(),
  /** The speech a point of order interrupted: its clock paused, it resumes when the point of order ends. */
  suspended: FloorCurrentSchema.nullable(),
  /** Requests of the open item in the order they will be heard. */
  queue: z.array(FloorQueueEntrySchema),
  /** Speeches of the session that ended, in the order they began. */
  record: z.array(FloorRecordEntrySchema),
});
export type FloorState = z.infer<typeof FloorStateSchema>;

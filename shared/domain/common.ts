import { z } from 'zod';

/** UUIDs, so that rows keep their identity when a session travels to another database. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** A calendar date, never a Date object: a Date built from one shifts a day in American time zones. */
export const CalendarDateSchema = z.iso.date();
/** A wall-clock time in 24-hour form, HH:MM. */
export const WallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
/** A wall-clock moment, YYYY-MM-DDTHH:MM:SS, with no zone: as the clock in the room showed it. */
export const WallDateTimeSchema = z.iso.datetime({ local: true });

/** Record keeping instants (UTC ISO strings): when a row was made and last changed. */
export const TimestampsSchema = z.object({
  createdAt: z.string(),
  updatedAt: z.string(),
});

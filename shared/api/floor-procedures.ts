import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { FloorKindSchema, FloorStateSchema, InstantSchema } from '../floor/floor-types';
import { LanguageSchema } from '../domain/languages';
import { ExportedFileSchema } from './document-procedures';
import { mutation, query } from './procedure';

/*
 * The floor on the day of the session (issue 17): names fixed so that scripts and tests can drive it.
 * Every mutation answers the floor's state after it, as floor.state does.
 */

const Session = { sessionId: IdSchema };
const Someone = { organizationId: IdSchema.optional(), personId: IdSchema.optional() };
const someoneNamed = (v: { organizationId?: string | undefined; personId?: string | undefined }) =>
  v.organizationId !== undefined || v.personId !== undefined;
const SOMEONE_MESSAGE = { message: 'name an organization or a person', path: ['organizationId'] };

export const floorProcedures = {
  /** The open item, who has the floor and for how long, the queue, and the record so far. */
  'floor.state': query(z.strictObject(Session), FloorStateSchema),
  /**
   * Opens an item: its queue becomes its list of speakers in the list's order, without the withdrawn
   * and those who spoke. Refused while someone has the floor.
   */
  'floor.openItem': mutation(z.strictObject({ ...Session, itemId: IdSchema }), FloorStateSchema),
  /**
   * Gives the floor to a speaker of the open item's list (speakerId), to a request in the queue (id),
   * or, with neither, to the first of the queue. The speech of whoever had the floor ends (to the
   * record) — except when the floor goes to a point of order: then that speech is suspended, its
   * clock paused, until the point of order ends.
   */
  'floor.give': mutation(
    z
      .strictObject({ ...Session, speakerId: IdSchema.optional(), id: IdSchema.optional() })
      .refine((v) => v.speakerId === undefined || v.id === undefined, {
        message: 'give either speakerId or id',
        path: ['id'],
      }),
    FloorStateSchema,
  ),
  /** Stops the current speaker's clock. */
  'floor.pause': mutation(z.strictObject(Session), FloorStateSchema),
  /** Starts the current speaker's clock again. */
  'floor.resume': mutation(z.strictObject(Session), FloorStateSchema),
  /**
   * Ends the current speech: it goes to the record with its spoken seconds and the speaker's status
   * becomes `spoke`. When it was a point of order, the speech it interrupted takes the floor again,
   * its clock continuing from where it stopped.
   */
  'floor.end': mutation(z.strictObject(Session), FloorStateSchema),
  /**
   * A request for the floor on the open item. `speaker` inscribes on the item's list (a speaker row,
   * status requested) and takes the place the item's order gives it; `pointOfOrder` goes to the top
   * of the queue (after earlier points of order); `rightOfReply` goes after the item's list.
   */
  'floor.request': mutation(
    z
      .strictObject({ ...Session, itemId: IdSchema, kind: FloorKindSchema, ...Someone })
      .refine(someoneNamed, SOMEONE_MESSAGE),
    FloorStateSchema,
  ),
  /** Takes a request out of the queue; a speaker's request withdrawn marks the speaker `withdrawn`. */
  'floor.withdraw': mutation(z.strictObject({ ...Session, id: IdSchema }), FloorStateSchema),
  /**
   * Corrects the record afterwards (the Secretariat): with `id`, the times or spoken seconds of an
   * entry; without, adds one (a speaker who spoke without inscription: also put on the item's list,
   * status spoke). Spoken seconds default to the time between start and end.
   */
  'floor.record.update': mutation(
    z
      .strictObject({
        ...Session,
        id: IdSchema.optional(),
        itemId: IdSchema.optional(),
        kind: FloorKindSchema.optional(),
        ...Someone,
        startedAt: InstantSchema.optional(),
        endedAt: InstantSchema.optional(),
        spokenSeconds: z
          .int()
          .min(0)
          .max(24 * 3600)
          .optional(),
      })
      .refine((v) => v.id !== undefined || Boolean(v.itemId && v.startedAt && v.endedAt && someoneNamed(v)), {
        message: 'a new entry needs itemId, startedAt, endedAt and an organization or a person',
        path: ['id'],
      }),
    FloorStateSchema,
  ),
  /** The session's record as CSV text, one speech a line, for a spreadsheet. */
  'floor.record.csv': query(z.strictObject(Session), z.object({ fileName: z.string(), csv: z.string() })),
  /** The session's record as DOCX: per item its speeches and totals per delegation and role, then the session's. */
  'floor.record.docx': query(z.strictObject({ ...Session, language: LanguageSchema }), ExportedFileSchema),
} as const;

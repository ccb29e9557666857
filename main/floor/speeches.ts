import { fail } from '../../shared/api/errors';
import { spokenMs, wholeSeconds } from '../../shared/floor/elapsed';
import {
  insertPause,
  insertSpeech,
  liftPauses,
  openItemOf,
  openSpeeches,
  pausesOf,
  updateSpeech,
  type SpeechRow,
} from '../store/floor';
import { deleteQueueEntry, queueOf, type QueueRow } from '../store/floor-queue';
import type { Store } from '../store/open-database';
import { setSpeakerStatus, speakerForFloor, speakerOnItem } from '../store/speakers';
import { isoOf } from './floor-read';
import { requester } from './item-speakers';

/** Why a speech's clock stopped: the chair's pause key, or a point of order heard in its middle. */
type PauseReason = 'chair' | 'pointOfOrder';

const nobody = (): never => fail('validation', [{ path: 'sessionId', message: 'nobody has the floor' }]);

const pause = (db: Store, speechId: string, reason: PauseReason, now: number) => insertPause(db, speechId, reason, now);

const lift = (db: Store, speechId: string, now: number, reason?: PauseReason) => liftPauses(db, speechId, now, reason);

/** The speech goes to the record with its spoken seconds; a speaker of the list is marked as having spoken. */
async function close(db: Store, speech: SpeechRow, now: number): Promise<void> {
  await lift(db, speech.id, now);
  const spoken = wholeSeconds(spokenMs(speech.startedAt, now, await pausesOf(db, speech.id)));
  await updateSpeech(db, speech.id, { endedAt: now, spokenSeconds: spoken });
  if (speech.kind === 'speaker' && speech.speakerId) await setSpeakerStatus(db, speech.speakerId, 'spoke', isoOf(now));
}

/** Ends the current speech; the speech a point of order interrupted takes the floor back, its clock going on. */
export async function end(db: Store, sessionId: string, now: number): Promise<void> {
  const { current, suspended } = await openSpeeches(db, sessionId);
  if (!current) return nobody();
  await close(db, current, now);
  if (suspended) {
    await updateSpeech(db, suspended.id, { suspended: 0 });
    // only the point of order's pause: a pause the chair made before it stays
    await lift(db, suspended.id, now, 'pointOfOrder');
  }
}

export async function pauseCurrent(db: Store, sessionId: string, now: number): Promise<void> {
  const { current } = await openSpeeches(db, sessionId);
  if (!current) return nobody();
  if ((await pausesOf(db, current.id)).some((p) => p.resumedAt === null)) {
    fail('validation', [{ path: 'sessionId', message: 'the clock is already paused' }]);
  }
  await pause(db, current.id, 'chair', now);
}

export async function resumeCurrent(db: Store, sessionId: string, now: number): Promise<void> {
  const { current } = await openSpeeches(db, sessionId);
  if (!current) return nobody();
  if (!(await pausesOf(db, current.id)).some((p) => p.resumedAt === null)) {
    fail('validation', [{ path: 'sessionId', message: 'the clock is not paused' }]);
  }
  await lift(db, current.id, now);
}

export interface GiveInput {
  sessionId: string;
  speakerId?: string | undefined;
  id?: string | undefined;
}

/** The request the floor goes to, and the speaker of the item's list it is, if any. */
async function chosen(db: Store, itemId: string, queue: QueueRow[], input: GiveInput) {
  if (input.id !== undefined) {
    const entry = queue.find((q) => q.id === input.id);
    if (!entry) fail('not_found', [{ path: 'id', message: 'no such request in the queue' }]);
    return { entry, speakerId: entry!.speakerId };
  }
  if (input.speakerId !== undefined) {
    const speaker = await speakerOnItem(db, input.speakerId, itemId);
    if (!speaker) fail('not_found', [{ path: 'speakerId', message: 'not on the list of the open item' }]);
    if (speaker!.status === 'withdrawn') fail('validation', [{ path: 'speakerId', message: 'the speaker withdrew' }]);
    return { entry: queue.find((q) => q.speakerId === input.speakerId), speakerId: input.speakerId };
  }
  const [first] = queue;
  if (!first) fail('validation', [{ path: 'sessionId', message: 'the queue is empty' }]);
  return { entry: first, speakerId: first!.speakerId };
}

/**
 * Gives the floor. Whoever had it: their speech ends (to the record), unless the floor goes to a
 * point of order, which suspends it (its clock paused) until the point of order ends. While a point
 * of order is heard the floor can go only to another point of order: the interrupted speaker comes first.
 */
export async function give(db: Store, input: GiveInput, now: number): Promise<void> {
  const itemId = await openItemOf(db, input.sessionId);
  if (!itemId) return fail('validation', [{ path: 'sessionId', message: 'no item is open on the floor' }]);
  const { entry, speakerId } = await chosen(db, itemId, await queueOf(db, input.sessionId), input);
  const kind = entry?.kind ?? 'speaker';
  const { current, suspended } = await openSpeeches(db, input.sessionId);
  if (current) {
    if (kind === 'pointOfOrder' && current.kind !== 'pointOfOrder') {
      await updateSpeech(db, current.id, { suspended: 1 });
      if (!(await pausesOf(db, current.id)).some((p) => p.resumedAt === null)) {
        await pause(db, current.id, 'pointOfOrder', now);
      }
    } else if (suspended && kind !== 'pointOfOrder') {
      fail('validation', [{ path: 'sessionId', message: 'a point of order is being heard: end it first' }]);
    } else {
      await close(db, current, now);
    }
  }
  if (entry) await deleteQueueEntry(db, entry.id);
  const speaker = speakerId ? await speakerForFloor(db, speakerId) : null;
  const who = speaker ?? (await requester(db, entry?.organizationId ?? undefined, entry?.personId ?? undefined));
  await insertSpeech(db, {
    id: crypto.randomUUID(),
    sessionId: input.sessionId,
    itemId,
    kind,
    speakerId,
    organizationId: who.organizationId,
    personId: who.personId,
    role: who.role,
    // only a speaker of the list has time allotted; a point of order or a reply is as short as the chair lets it be
    allottedSeconds: speaker && kind === 'speaker' ? speaker.allottedMinutes * 60 : null,
    startedAt: now,
    suspended: 0,
  });
}

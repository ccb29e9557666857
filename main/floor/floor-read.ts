import { fail } from '../../shared/api/errors';
import type { SpeakerRole } from '../../shared/domain/speaker';
import { spokenMs, wholeSeconds, type Pause } from '../../shared/floor/elapsed';
import type { FloorCurrent, FloorKind, FloorQueueEntry, FloorState } from '../../shared/floor/floor-types';
import type { FloorQueueTable, FloorSpeechesTable } from '../store/schema';
import type { Store } from '../store/open-database';

/** Instants are stored as epoch milliseconds (see migration 0006) and shown as ISO strings in UTC. */
export const isoOf = (ms: number): string => new Date(ms).toISOString();

export type SpeechRow = FloorSpeechesTable;
export type QueueRow = FloorQueueTable;

export async function mustHaveSession(db: Store, sessionId: string): Promise<void> {
  const found = await db.selectFrom('sessions').select('id').where('id', '=', sessionId).executeTakeFirst();
  if (!found) fail('not_found', [{ path: 'sessionId', message: 'no such session' }]);
}

/** The item open on the floor of the session, or null. */
export async function openItemOf(db: Store, sessionId: string): Promise<string | null> {
  const floor = await db.selectFrom('floors').select('itemId').where('sessionId', '=', sessionId).executeTakeFirst();
  return floor?.itemId ?? null;
}

/** The speeches that have not ended: the one that has the floor, and the one a point of order suspended. */
export async function openSpeeches(
  db: Store,
  sessionId: string,
): Promise<{ current?: SpeechRow; suspended?: SpeechRow }> {
  const open = await db
    .selectFrom('floorSpeeches')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('endedAt', 'is', null)
    .execute();
  return { current: open.find((s) => s.suspended === 0), suspended: open.find((s) => s.suspended === 1) };
}

export async function pausesOf(db: Store, speechId: string): Promise<Pause[]> {
  return db
    .selectFrom('floorPauses')
    .select(['pausedAt', 'resumedAt'])
    .where('speechId', '=', speechId)
    .orderBy('pausedAt')
    .execute();
}

/** The queue in its order, less speakers withdrawn on the item's list meanwhile (the list screen can do that). */
export async function queueOf(db: Store, sessionId: string): Promise<QueueRow[]> {
  return db
    .selectFrom('floorQueue')
    .leftJoin('speakers', 'speakers.id', 'floorQueue.speakerId')
    .selectAll('floorQueue')
    .where('floorQueue.sessionId', '=', sessionId)
    .where((eb) => eb.or([eb('speakers.status', 'is', null), eb('speakers.status', '!=', 'withdrawn')]))
    .orderBy('floorQueue.position')
    .execute();
}

async function speechView(db: Store, speech: SpeechRow, now: number): Promise<FloorCurrent> {
  const pauses = await pausesOf(db, speech.id);
  return {
    id: speech.id,
    itemId: speech.itemId,
    speakerId: speech.speakerId,
    organizationId: speech.organizationId,
    personId: speech.personId,
    role: speech.role as SpeakerRole,
    kind: speech.kind as FloorKind,
    startedAt: isoOf(speech.startedAt),
    elapsedSeconds: wholeSeconds(spokenMs(speech.startedAt, now, pauses)),
    allottedSeconds: speech.allottedSeconds,
    paused: pauses.some((p) => p.resumedAt === null),
  };
}

const queueView = (q: QueueRow): FloorQueueEntry => ({
  id: q.id,
  itemId: q.itemId,
  kind: q.kind as FloorKind,
  ...(q.speakerId ? { speakerId: q.speakerId } : {}),
  ...(q.organizationId ? { organizationId: q.organizationId } : {}),
  ...(q.personId ? { personId: q.personId } : {}),
});

/** The floor as of `now`: every number in it computed from stored instants. */
export async function floorState(db: Store, sessionId: string, now: number): Promise<FloorState> {
  await mustHaveSession(db, sessionId);
  const { current, suspended } = await openSpeeches(db, sessionId);
  const ended = await db
    .selectFrom('floorSpeeches')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('endedAt', 'is not', null)
    .orderBy('startedAt')
    .orderBy('id')
    .execute();
  return {
    sessionId,
    itemId: await openItemOf(db, sessionId),
    current: current ? await speechView(db, current, now) : null,
    suspended: suspended ? await speechView(db, suspended, now) : null,
    queue: (await queueOf(db, sessionId)).map(queueView),
    record: ended.map((s) => ({
      id: s.id,
      itemId: s.itemId,
      speakerId: s.speakerId,
      organizationId: s.organizationId,
      personId: s.personId,
      role: s.role as SpeakerRole,
      kind: s.kind as FloorKind,
      startedAt: isoOf(s.startedAt),
      endedAt: isoOf(s.endedAt!),
      spokenSeconds: s.spokenSeconds ?? 0,
    })),
  };
}

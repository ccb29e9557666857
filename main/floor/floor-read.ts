import { fail } from '../../shared/api/errors';
import type { SpeakerRole } from '../../shared/domain/speaker';
import { spokenMs, wholeSeconds } from '../../shared/floor/elapsed';
import type { FloorCurrent, FloorKind, FloorQueueEntry, FloorState } from '../../shared/floor/floor-types';
import type { Store } from '../store/open-database';
import { endedSpeeches, openItemOf, openSpeeches, pausesOf, type SpeechRow } from '../store/floor';
import { queueOf, type QueueRow } from '../store/floor-queue';
import { sessionExists } from '../store/sessions';

/** Instants are stored as epoch milliseconds (see migration 0006) and shown as ISO strings in UTC. */
export const isoOf = (ms: number): string => new Date(ms).toISOString();

export async function mustHaveSession(db: Store, sessionId: string): Promise<void> {
  if (!(await sessionExists(db, sessionId))) fail('not_found', [{ path: 'sessionId', message: 'no such session' }]);
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
  const ended = await endedSpeeches(db, sessionId);
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

import { fail } from '../../shared/api/errors';
import type { FloorKind } from '../../shared/floor/floor-types';
import { orderQueue } from '../../shared/floor/queue-order';
import { DEFAULT_ALLOTTED, wallClockNow } from '../../shared/speakers/speaker-defaults';
import { contract } from '../../shared/api/contract';
import type { SpeakerOrder } from '../../shared/domain/agenda-item';
import type { Speaker } from '../../shared/domain/speaker';
import { createEntity } from '../store/entities';
import { openItemOf, openSpeeches, setOpenItem } from '../store/floor';
import {
  clearQueue,
  deleteQueueEntry,
  insertQueueEntries,
  queueEntry,
  queueOf,
  setQueuePosition,
} from '../store/floor-queue';
import type { Store } from '../store/open-database';
import { hasPendingInscription, setSpeakerStatus } from '../store/speakers';
import { itemOfSession, orderedSpeakers, requester } from './item-speakers';

const UNHEARD = new Set(['withdrawn', 'spoke']);

/** Opens an item: its queue becomes its list of speakers in the list's order, less the withdrawn and those who spoke. */
export async function openItem(db: Store, input: { sessionId: string; itemId: string }, now: number): Promise<void> {
  const item = await itemOfSession(db, input.sessionId, input.itemId);
  const { current, suspended } = await openSpeeches(db, input.sessionId);
  if (current || suspended) {
    fail('validation', [{ path: 'itemId', message: 'someone has the floor: end the speech first' }]);
  }
  await setOpenItem(db, input.sessionId, item.id);
  await clearQueue(db, input.sessionId);
  const waiting = (await orderedSpeakers(db, item.id, item.speakerOrder)).filter((s) => !UNHEARD.has(s.status));
  await insertQueueEntries(
    db,
    waiting.map((s, position) => ({
      id: crypto.randomUUID(),
      sessionId: input.sessionId,
      itemId: item.id,
      kind: 'speaker',
      speakerId: s.id,
      organizationId: s.organizationId,
      personId: s.personId,
      position,
      requestedAt: now,
    })),
  );
}

/** Puts the queue of the open item back in the order it is heard in (shared/floor/queue-order.ts). */
async function reorderQueue(db: Store, sessionId: string, itemId: string, order: SpeakerOrder): Promise<void> {
  const rank = new Map((await orderedSpeakers(db, itemId, order)).map((s, i) => [s.id, i]));
  const ordered = orderQueue(
    (await queueOf(db, sessionId)).map((q) => ({ ...q, kind: q.kind as FloorKind })),
    (id) => rank.get(id) ?? rank.size,
  );
  for (const [position, q] of ordered.entries()) {
    if (q.position !== position) await setQueuePosition(db, q.id, position);
  }
}

export interface RequestInput {
  sessionId: string;
  itemId: string;
  kind: FloorKind;
  organizationId?: string | undefined;
  personId?: string | undefined;
}

/**
 * Inscribes someone on the item's list, as asking for the floor at `at` (or, for the record, as
 * having spoken); refuses a second pending inscription.
 */
export async function inscribe(
  db: Store,
  itemId: string,
  who: Awaited<ReturnType<typeof requester>>,
  at: number,
  status: 'requested' | 'spoke' = 'requested',
): Promise<Speaker> {
  const pending = status === 'requested' && (await hasPendingInscription(db, itemId, who));
  if (pending) fail('duplicate', [{ path: 'organizationId', message: 'already on the list of this item' }]);
  const fields = contract['speakers.create'].input.parse({
    agendaItemId: itemId,
    personId: who.personId,
    organizationId: who.organizationId,
    role: who.role,
    allottedMinutes: DEFAULT_ALLOTTED[who.role],
    status,
    requestedAt: wallClockNow(new Date(at)),
  });
  return createEntity(db, 'speakers', fields);
}

/**
 * A request for the floor. A speaker is inscribed on the item's list and, when the item is open,
 * queued where the item's order puts them; a point of order or a right of reply is only for the open item.
 */
export async function request(db: Store, input: RequestInput, now: number): Promise<void> {
  const item = await itemOfSession(db, input.sessionId, input.itemId);
  const who = await requester(db, input.organizationId, input.personId);
  const isOpen = (await openItemOf(db, input.sessionId)) === item.id;
  if (!isOpen && input.kind !== 'speaker') {
    fail('validation', [{ path: 'itemId', message: 'not the item open on the floor' }]);
  }
  const speaker = input.kind === 'speaker' ? await inscribe(db, item.id, who, now) : null;
  if (!isOpen) return;
  const last = (await queueOf(db, input.sessionId)).at(-1);
  await insertQueueEntries(db, [
    {
      id: crypto.randomUUID(),
      sessionId: input.sessionId,
      itemId: item.id,
      kind: input.kind,
      speakerId: speaker?.id ?? null,
      organizationId: who.organizationId,
      personId: who.personId,
      position: (last?.position ?? -1) + 1,
      requestedAt: now,
    },
  ]);
  await reorderQueue(db, input.sessionId, item.id, item.speakerOrder);
}

/** Takes a request out of the queue; a speaker who withdraws is marked so on the item's list. */
export async function withdraw(db: Store, input: { sessionId: string; id: string }, now: number): Promise<void> {
  const entry = await queueEntry(db, input.sessionId, input.id);
  if (!entry) fail('not_found', [{ path: 'id', message: 'no such request in the queue' }]);
  await deleteQueueEntry(db, input.id);
  if (entry!.kind === 'speaker' && entry!.speakerId) {
    await setSpeakerStatus(db, entry!.speakerId, 'withdrawn', new Date(now).toISOString());
  }
}

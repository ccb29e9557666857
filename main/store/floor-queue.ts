import type { Insertable } from 'kysely';
import type { Store } from './open-database';
import type { FloorQueueTable } from './schema';

/* The queue of requests for the floor of a session's open item. */

export type QueueRow = FloorQueueTable;

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

export async function queueEntry(db: Store, sessionId: string, id: string): Promise<QueueRow | undefined> {
  return db
    .selectFrom('floorQueue')
    .selectAll()
    .where('id', '=', id)
    .where('sessionId', '=', sessionId)
    .executeTakeFirst();
}

export async function insertQueueEntries(db: Store, entries: Insertable<FloorQueueTable>[]): Promise<void> {
  if (entries.length > 0) await db.insertInto('floorQueue').values(entries).execute();
}

export async function setQueuePosition(db: Store, id: string, position: number): Promise<void> {
  await db.updateTable('floorQueue').set({ position }).where('id', '=', id).execute();
}

export async function deleteQueueEntry(db: Store, id: string): Promise<void> {
  await db.deleteFrom('floorQueue').where('id', '=', id).execute();
}

export async function clearQueue(db: Store, sessionId: string): Promise<void> {
  await db.deleteFrom('floorQueue').where('sessionId', '=', sessionId).execute();
}

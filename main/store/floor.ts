import type { Insertable, Updateable } from 'kysely';
import type { Pause } from '../../shared/floor/elapsed';
import type { Store } from './open-database';
import type { FloorSpeechesTable } from './schema';

/* The floor of a session: the item open on it, the speeches (running, suspended, ended) and their pauses. */

export type SpeechRow = FloorSpeechesTable;

/** The item open on the floor of the session, or null. */
export async function openItemOf(db: Store, sessionId: string): Promise<string | null> {
  const floor = await db.selectFrom('floors').select('itemId').where('sessionId', '=', sessionId).executeTakeFirst();
  return floor?.itemId ?? null;
}

export async function setOpenItem(db: Store, sessionId: string, itemId: string): Promise<void> {
  await db
    .insertInto('floors')
    .values({ sessionId, itemId })
    .onConflict((oc) => oc.column('sessionId').doUpdateSet({ itemId }))
    .execute();
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

/** The record: the session's ended speeches, in the order they began. */
export async function endedSpeeches(db: Store, sessionId: string): Promise<SpeechRow[]> {
  return db
    .selectFrom('floorSpeeches')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('endedAt', 'is not', null)
    .orderBy('startedAt')
    .orderBy('id')
    .execute();
}

/** One entry of the session's record (an ended speech). */
export async function endedSpeech(db: Store, sessionId: string, id: string): Promise<SpeechRow | undefined> {
  return db
    .selectFrom('floorSpeeches')
    .selectAll()
    .where('id', '=', id)
    .where('sessionId', '=', sessionId)
    .where('endedAt', 'is not', null)
    .executeTakeFirst();
}

export async function insertSpeech(db: Store, speech: Insertable<FloorSpeechesTable>): Promise<void> {
  await db.insertInto('floorSpeeches').values(speech).execute();
}

export async function updateSpeech(db: Store, id: string, change: Updateable<FloorSpeechesTable>): Promise<void> {
  await db.updateTable('floorSpeeches').set(change).where('id', '=', id).execute();
}

export async function pausesOf(db: Store, speechId: string): Promise<Pause[]> {
  return db
    .selectFrom('floorPauses')
    .select(['pausedAt', 'resumedAt'])
    .where('speechId', '=', speechId)
    .orderBy('pausedAt')
    .execute();
}

export async function insertPause(db: Store, speechId: string, reason: string, pausedAt: number): Promise<void> {
  await db.insertInto('floorPauses').values({ id: crypto.randomUUID(), speechId, reason, pausedAt }).execute();
}

/** Ends the speech's open pauses at `resumedAt`: all, or only those of one reason. */
export async function liftPauses(db: Store, speechId: string, resumedAt: number, reason?: string): Promise<void> {
  let query = db
    .updateTable('floorPauses')
    .set({ resumedAt })
    .where('speechId', '=', speechId)
    .where('resumedAt', 'is', null);
  if (reason) query = query.where('reason', '=', reason);
  await query.execute();
}

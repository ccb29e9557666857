import type { Speaker, SpeakerRole, SpeakerStatus } from '../../shared/domain/speaker';
import { ENTITY_SPECS } from './entity-specs';
import type { Store } from './open-database';
import { fromRow } from './row-mapping';

/* The lists of speakers of agenda items, as the floor reads and marks them. */

/** The item's list, in no particular order (shared/speakers/order-speakers.ts orders it). */
export async function speakersOfItem(db: Store, itemId: string): Promise<Speaker[]> {
  const rows = await db.selectFrom('speakers').selectAll().where('agendaItemId', '=', itemId).execute();
  return rows.map((row) => fromRow(ENTITY_SPECS.speakers, row) as Speaker);
}

/** A speaker of the item's list, with their status; undefined when not on it. */
export async function speakerOnItem(db: Store, speakerId: string, itemId: string) {
  return db
    .selectFrom('speakers')
    .select(['id', 'status'])
    .where('id', '=', speakerId)
    .where('agendaItemId', '=', itemId)
    .executeTakeFirst();
}

/** Who a speaker of a list is and the time allotted to them, to give them the floor. */
export async function speakerForFloor(db: Store, speakerId: string) {
  const speaker = await db
    .selectFrom('speakers')
    .select(['organizationId', 'personId', 'role', 'allottedMinutes'])
    .where('id', '=', speakerId)
    .executeTakeFirstOrThrow();
  return { ...speaker, role: speaker.role as SpeakerRole };
}

export async function setSpeakerStatus(db: Store, id: string, status: SpeakerStatus, updatedAt: string): Promise<void> {
  await db.updateTable('speakers').set({ status, updatedAt }).where('id', '=', id).execute();
}

/** Whether the organization and person are already on the item's list waiting for the floor. */
export async function hasPendingInscription(
  db: Store,
  itemId: string,
  who: { organizationId: string | null; personId: string | null },
): Promise<boolean> {
  const pending = await db
    .selectFrom('speakers')
    .select('id')
    .where('agendaItemId', '=', itemId)
    .where('status', 'in', ['requested', 'confirmed'])
    .where('organizationId', 'is', who.organizationId)
    .where('personId', 'is', who.personId)
    .executeTakeFirst();
  return pending !== undefined;
}

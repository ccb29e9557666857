import type { AgendaItem, SpeakerOrder } from '../../shared/domain/agenda-item';
import { ENTITY_SPECS } from './entity-specs';
import type { Store } from './open-database';
import { fromRow } from './row-mapping';

/* A session's agenda items. */

/** An item of the session with the order of its list of speakers; undefined when the session has no such item. */
export async function itemOfSession(db: Store, sessionId: string, itemId: string) {
  const item = await db
    .selectFrom('agendaItems')
    .select(['id', 'speakerOrder'])
    .where('id', '=', itemId)
    .where('sessionId', '=', sessionId)
    .executeTakeFirst();
  return item && { id: item.id, speakerOrder: item.speakerOrder as SpeakerOrder };
}

/** The session's items, in no particular order. */
export async function agendaItemsOf(db: Store, sessionId: string): Promise<AgendaItem[]> {
  const rows = await db.selectFrom('agendaItems').selectAll().where('sessionId', '=', sessionId).execute();
  return rows.map((row) => fromRow(ENTITY_SPECS.agendaItems, row) as AgendaItem);
}

import { fail } from '../../shared/api/errors';
import type { Speaker } from '../../shared/domain/speaker';
import type { SpeakerOrder } from '../../shared/domain/agenda-item';
import { requestRole } from '../../shared/speakers/speaker-defaults';
import { orderSpeakers } from '../../shared/speakers/order-speakers';
import type { OrganizationKind } from '../../shared/domain/organization';
import { ENTITY_SPECS } from '../services/entity-specs';
import { fromRow } from '../services/row-mapping';
import type { Store } from '../store/open-database';

/** An item of the session, with its list of speakers in the order in force. */
export async function itemOfSession(db: Store, sessionId: string, itemId: string) {
  const item = await db
    .selectFrom('agendaItems')
    .select(['id', 'speakerOrder'])
    .where('id', '=', itemId)
    .where('sessionId', '=', sessionId)
    .executeTakeFirst();
  return item ?? fail('not_found', [{ path: 'itemId', message: 'no such item in this session' }]);
}

export async function orderedSpeakers(db: Store, itemId: string, order: string): Promise<Speaker[]> {
  const rows = await db.selectFrom('speakers').selectAll().where('agendaItemId', '=', itemId).execute();
  return orderSpeakers(
    rows.map((r) => fromRow(ENTITY_SPECS.speakers, r) as Speaker),
    order as SpeakerOrder,
  );
}

/**
 * Who asks for the floor: the organization named, else the person's own; and the role that gives
 * them (a delegation for a member state, and so on).
 */
export async function requester(db: Store, organizationId: string | undefined, personId: string | undefined) {
  let organization = organizationId ?? null;
  if (personId !== undefined) {
    const person = await db.selectFrom('people').select('organizationId').where('id', '=', personId).executeTakeFirst();
    if (!person) fail('not_found', [{ path: 'personId', message: 'no such person' }]);
    organization ??= person!.organizationId;
  }
  let kind: OrganizationKind | null = null;
  if (organization !== null) {
    const found = await db.selectFrom('organizations').select('kind').where('id', '=', organization).executeTakeFirst();
    if (!found) fail('not_found', [{ path: 'organizationId', message: 'no such organization' }]);
    kind = found!.kind as OrganizationKind;
  }
  return { organizationId: organization, personId: personId ?? null, role: requestRole(kind) };
}

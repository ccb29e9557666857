import { fail } from '../../shared/api/errors';
import type { Speaker } from '../../shared/domain/speaker';
import type { SpeakerOrder } from '../../shared/domain/agenda-item';
import { requestRole } from '../../shared/speakers/speaker-defaults';
import { orderSpeakers } from '../../shared/speakers/order-speakers';
import type { OrganizationKind } from '../../shared/domain/organization';
import { itemOfSession as findItem } from '../store/agenda';
import type { Store } from '../store/open-database';
import { organizationKind, organizationOfPerson } from '../store/registry';
import { speakersOfItem } from '../store/speakers';

/** An item of the session, with its list of speakers in the order in force. */
export async function itemOfSession(db: Store, sessionId: string, itemId: string) {
  const item = await findItem(db, sessionId, itemId);
  return item ?? fail('not_found', [{ path: 'itemId', message: 'no such item in this session' }]);
}

export async function orderedSpeakers(db: Store, itemId: string, order: SpeakerOrder): Promise<Speaker[]> {
  return orderSpeakers(await speakersOfItem(db, itemId), order);
}

/**
 * Who asks for the floor: the organization named, else the person's own; and the role that gives
 * them (a delegation for a member state, and so on).
 */
export async function requester(db: Store, organizationId: string | undefined, personId: string | undefined) {
  let organization = organizationId ?? null;
  if (personId !== undefined) {
    const ofPerson = await organizationOfPerson(db, personId);
    if (ofPerson === undefined) fail('not_found', [{ path: 'personId', message: 'no such person' }]);
    organization ??= ofPerson ?? null;
  }
  let kind: OrganizationKind | null = null;
  if (organization !== null) {
    const found = await organizationKind(db, organization);
    if (!found) fail('not_found', [{ path: 'organizationId', message: 'no such organization' }]);
    kind = found!;
  }
  return { organizationId: organization, personId: personId ?? null, role: requestRole(kind) };
}

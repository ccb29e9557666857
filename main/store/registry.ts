import type { Organization, OrganizationKind } from '../../shared/domain/organization';
import type { Person } from '../../shared/domain/person';
import { ENTITY_SPECS } from './entity-specs';
import type { Store } from './open-database';
import { fromRow } from './row-mapping';

/* Organizations and people: the registry every session's lists name. */

export async function organizationIdByCode(db: Store, code: string): Promise<string | undefined> {
  return (await db.selectFrom('organizations').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

export async function organizationKind(db: Store, id: string): Promise<OrganizationKind | undefined> {
  const found = await db.selectFrom('organizations').select('kind').where('id', '=', id).executeTakeFirst();
  return found?.kind as OrganizationKind | undefined;
}

export async function organizationsByIds(db: Store, ids: string[]): Promise<Organization[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organizations').selectAll().where('id', 'in', ids).execute();
  return rows.map((row) => fromRow(ENTITY_SPECS.organizations, row) as Organization);
}

/** The person's organization: undefined when there is no such person, null when they have none. */
export async function organizationOfPerson(db: Store, personId: string): Promise<string | null | undefined> {
  const person = await db.selectFrom('people').select('organizationId').where('id', '=', personId).executeTakeFirst();
  return person?.organizationId;
}

export async function personIdByName(db: Store, name: string): Promise<string | undefined> {
  return (await db.selectFrom('people').select('id').where('name', '=', name).executeTakeFirst())?.id;
}

export async function peopleByIds(db: Store, ids: string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('people').selectAll().where('id', 'in', ids).execute();
  return rows.map((row) => fromRow(ENTITY_SPECS.people, row) as Person);
}

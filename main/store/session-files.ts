import type { Kysely } from 'kysely';
import { ENTITY_SPECS, type EntityName } from './entity-specs';
import type { Store } from './open-database';
import { fromRow, toRow } from './row-mapping';

/*
 * What session files (.sessiondesk) read and write: whole records of any entity, by the column
 * that ties them to a session, and written back as they came.
 */

type Row = Record<string, unknown>;
// the table varies with the entity, which kysely's types cannot follow; rows leave through fromRow
const untyped = (db: Store) => db as unknown as Kysely<Record<string, Row>>;

/** The records of `name` whose `column` is one of `values`, as the contract's entities, by id. */
export async function entitiesWhere(db: Store, name: EntityName, column: string, values: string[]): Promise<unknown[]> {
  if (values.length === 0) return [];
  const spec = ENTITY_SPECS[name];
  const found = await untyped(db)
    .selectFrom(spec.table)
    .selectAll()
    .where(column, 'in', values)
    .orderBy('id')
    .execute();
  return found.map((row) => fromRow(spec, row));
}

export async function recordExists(db: Store, name: EntityName, id: string): Promise<boolean> {
  const found = await untyped(db)
    .selectFrom(ENTITY_SPECS[name].table)
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return found !== undefined;
}

/** Writes a record of a session file as it is (its id, its positions), without the checks of an edit. */
export async function insertRecord(db: Store, name: EntityName, record: Row): Promise<void> {
  const spec = ENTITY_SPECS[name];
  await untyped(db).insertInto(spec.table).values(toRow(spec, record)).execute();
}

/** Deletes a session and, by the foreign keys, everything under it. */
export async function deleteSession(db: Store, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function bodyIdByCode(db: Store, code: string): Promise<string | undefined> {
  return (await db.selectFrom('bodies').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

/** The people of an organization (or of none), to match a person by name. */
export async function peopleOfOrganization(
  db: Store,
  organizationId: string | null,
): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('organizationId', organizationId === null ? 'is' : '=', organizationId)
    .execute();
}

/** Which speakers are asked which guiding questions, for the questions given, in a stable order. */
export async function questionAssignmentsOf(
  db: Store,
  questionIds: string[],
): Promise<{ questionId: string; speakerId: string }[]> {
  if (questionIds.length === 0) return [];
  return db
    .selectFrom('guidingQuestionAssignments')
    .select(['questionId', 'speakerId'])
    .where('questionId', 'in', questionIds)
    .orderBy('questionId')
    .orderBy('speakerId')
    .execute();
}

export async function insertQuestionAssignment(db: Store, questionId: string, speakerId: string): Promise<void> {
  await db.insertInto('guidingQuestionAssignments').values({ questionId, speakerId }).execute();
}

import type { SessionOverview } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import type { Language } from '../../shared/domain/languages';
import { ENTITY_SPECS } from './entity-specs';
import type { Store } from './open-database';
import { fromRow } from './row-mapping';

type Overview = SessionOverview;

/** One read of everything a session's screens show: the session, its agenda, speakers, documents and questions. */
export async function readSessionOverview(db: Store, id: string): Promise<Overview> {
  const sessionRow = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!sessionRow) return fail('not_found', [{ path: 'id', message: 'no such record' }]);
  const session = fromRow(ENTITY_SPECS.sessions, sessionRow) as Overview['session'];
  const body = await db.selectFrom('bodies').selectAll().where('id', '=', session.bodyId).executeTakeFirstOrThrow();
  const items = await db
    .selectFrom('agendaItems')
    .selectAll()
    .where('sessionId', '=', session.id)
    .orderBy('position')
    .execute();
  const speakers = await db
    .selectFrom('speakers')
    .innerJoin('agendaItems', 'agendaItems.id', 'speakers.agendaItemId')
    .selectAll('speakers')
    .where('agendaItems.sessionId', '=', session.id)
    .orderBy('agendaItems.position')
    .orderBy('speakers.position')
    .execute();
  const documents = await db
    .selectFrom('documents')
    .selectAll()
    .where('sessionId', '=', session.id)
    .orderBy('createdAt')
    .execute();
  const questions = await db
    .selectFrom('guidingQuestions')
    .selectAll()
    .where('sessionId', '=', session.id)
    .orderBy('position')
    .execute();
  const organizationIds = [...new Set(speakers.flatMap((s) => (s.organizationId ? [s.organizationId] : [])))];
  const personIds = [...new Set(speakers.flatMap((s) => (s.personId ? [s.personId] : [])))];
  const people = personIds.length
    ? await db.selectFrom('people').selectAll().where('id', 'in', personIds).orderBy('name').execute()
    : [];
  for (const person of people) if (person.organizationId) organizationIds.push(person.organizationId);
  const organizations = organizationIds.length
    ? await db
        .selectFrom('organizations')
        .selectAll()
        .where('id', 'in', [...new Set(organizationIds)])
        .execute()
    : [];
  return {
    session,
    body: fromRow(ENTITY_SPECS.bodies, body) as Overview['body'],
    agendaItems: items.map((r) => fromRow(ENTITY_SPECS.agendaItems, r)) as Overview['agendaItems'],
    speakers: speakers.map((r) => fromRow(ENTITY_SPECS.speakers, r)) as Overview['speakers'],
    documents: documents.map((r) => fromRow(ENTITY_SPECS.documents, r)) as Overview['documents'],
    guidingQuestions: questions.map((r) => fromRow(ENTITY_SPECS.guidingQuestions, r)) as Overview['guidingQuestions'],
    organizations: organizations.map((r) => fromRow(ENTITY_SPECS.organizations, r)) as Overview['organizations'],
    people: people.map((r) => fromRow(ENTITY_SPECS.people, r)) as Overview['people'],
  };
}

export async function sessionExists(db: Store, id: string): Promise<boolean> {
  return (await db.selectFrom('sessions').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Whether the store holds any session at all. */
export async function anySession(db: Store): Promise<boolean> {
  return (await db.selectFrom('sessions').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** The session's date and original language (what names its files), not_found-free: the caller checked it exists. */
export async function sessionDateAndLanguage(
  db: Store,
  id: string,
): Promise<{ date: string; originalLanguage: Language }> {
  const session = await db
    .selectFrom('sessions')
    .select(['date', 'originalLanguage'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { date: session.date, originalLanguage: session.originalLanguage as Language };
}

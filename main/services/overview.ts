import type { OutputOf } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import type { Store } from '../store/open-database';
import type { Handler } from './crud-handlers';
import { ENTITY_SPECS } from './entity-specs';
import { fromRow } from './row-mapping';

type Overview = OutputOf<'sessions.overview'>;

/** One read of everything a session's screens show: the session, its agenda, speakers, documents and questions. */
export const sessionOverview: Handler = async (db: Store, input: { id: string }): Promise<Overview> => {
  const sessionRow = await db.selectFrom('sessions').selectAll().where('id', '=', input.id).executeTakeFirst();
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
};

/* The rows the migration fixtures start from: fixed ids, and a session as the first schema holds it. */

import type { Store } from '../../main/store/open-database';

/**
 * For each migration: data written at the version before it, and what must hold after it ran.
 * The first migration starts from an empty file, so its fixture checks the schema takes real rows.
 */
export interface MigrationFixture {
  before(db: Store): Promise<void>;
  after(db: Store): Promise<void>;
}

export const stamp = '2026-01-01T00:00:00.000Z';
export const ids = {
  body: '11111111-1111-4111-8111-111111111111',
  session: '22222222-2222-4222-8222-222222222222',
  item: '33333333-3333-4333-8333-333333333333',
  org: '44444444-4444-4444-8444-444444444444',
  speaker: '55555555-5555-4555-8555-555555555555',
  question: '66666666-6666-4666-8666-666666666666',
  document: '77777777-7777-4777-8777-777777777777',
  original: '88888888-8888-4888-8888-888888888888',
  translation: '99999999-9999-4999-8999-999999999999',
};
export const loc = (p: string, v: string) => ({ [`${p}En`]: v, [`${p}Es`]: v, [`${p}Fr`]: v, [`${p}Pt`]: v });
export const speakerRow = (id: string, organizationId: string | null, position: number) => ({
  id,
  agendaItemId: ids.item,
  personId: null,
  organizationId,
  role: 'delegation',
  position,
  allottedMinutes: 5,
  status: 'requested',
  requestedAt: '2023-05-09T10:00:00',
  createdAt: stamp,
  updatedAt: stamp,
});

/** A session as the first schema holds it: body, session, one agenda item, a state on its list, a question, a document. */
export async function insertVersion1Session(db: Store): Promise<void> {
  // `as never`: these rows have the columns of version 0001, not of the newest schema the types describe
  await db
    .insertInto('bodies')
    .values({
      id: ids.body,
      code: 'CAM',
      symbolPattern: 'CP/CAM-{n}/{yy}',
      ...loc('name', 'CAM'),
      ...loc('parentName', 'CP'),
      createdAt: stamp,
      updatedAt: stamp,
    } as never)
    .execute();
  await db
    .insertInto('sessions')
    .values({
      id: ids.session,
      bodyId: ids.body,
      ...loc('title', 'S'),
      date: '2023-05-09',
      startTime: '10:00',
      endTime: '13:00',
      room: '',
      modality: 'hybrid',
      originalLanguage: 'es',
      status: 'draft',
      createdAt: stamp,
      updatedAt: stamp,
    } as never)
    .execute();
  await db
    .insertInto('agendaItems')
    .values({
      id: ids.item,
      sessionId: ids.session,
      position: 0,
      kind: 'panel',
      ...loc('title', 'P'),
      ...loc('annotation', ''),
      durationMinutes: 90,
      documentSymbols: '[]',
      speakerOrder: 'by_rule',
      createdAt: stamp,
      updatedAt: stamp,
    } as never)
    .execute();
  await db
    .insertInto('organizations')
    .values({
      id: ids.org,
      kind: 'member_state',
      code: 'URY',
      ...loc('acronym', ''),
      ...loc('name', 'Uruguay'),
      email: '',
      phone: '',
      notes: '',
      isReference: 1,
      createdAt: stamp,
      updatedAt: stamp,
    } as never)
    .execute();
  await db
    .insertInto('speakers')
    .values(speakerRow(ids.speaker, ids.org, 0))
    .execute();
  await db
    .insertInto('guidingQuestions')
    .values({
      id: ids.question,
      sessionId: ids.session,
      position: 0,
      ...loc('text', 'Q'),
      createdAt: stamp,
      updatedAt: stamp,
    } as never)
    .execute();
  await db
    .insertInto('documents')
    .values({
      id: ids.document,
      sessionId: ids.session,
      kind: 'concept_paper',
      symbol: 'CP/CAM-5/23',
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: 'es',
      createdAt: stamp,
      updatedAt: stamp,
    })
    .execute();
}

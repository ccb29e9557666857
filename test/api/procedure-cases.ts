import type { Store } from '../../main/store/open-database';
import { REGISTRY_CASES } from './registry-cases';
import { SESSION_CASES } from './session-cases';

/** Ids of the demo session's rows, for building the inputs of the procedure tests. */
export interface Ctx {
  /** The store itself, for the few cases that must set a row up first. */
  db: Store;
  bodyId: string;
  sessionId: string;
  itemIds: string[];
  speakerIds: string[];
  panelId: string;
  questionIds: string[];
  documentId: string;
  versionId: string;
  personId: string;
  memberStateId: string;
  userOrganizationId: string;
  /** A person nothing refers to, so that deleting them is allowed. */
  sparePersonId: string;
}

export async function demoContext(db: Store, sessionId: string): Promise<Ctx> {
  const items = await db
    .selectFrom('agendaItems')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .orderBy('position')
    .execute();
  const panel = items.find((i) => i.kind === 'panel');
  const speakers = await db
    .selectFrom('speakers')
    .select('id')
    .where('agendaItemId', '=', panel!.id)
    .orderBy('position')
    .execute();
  const questions = await db
    .selectFrom('guidingQuestions')
    .select('id')
    .where('sessionId', '=', sessionId)
    .orderBy('position')
    .execute();
  const document = await db
    .selectFrom('documents')
    .select('id')
    .where('sessionId', '=', sessionId)
    .executeTakeFirstOrThrow();
  const version = await db
    .selectFrom('documentVersions')
    .select('id')
    .where('documentId', '=', document.id)
    .executeTakeFirstOrThrow();
  const person = await db.selectFrom('people').select('id').executeTakeFirstOrThrow();
  const state = await db.selectFrom('organizations').select('id').where('code', '=', 'URY').executeTakeFirstOrThrow();
  const session = await db
    .selectFrom('sessions')
    .select('bodyId')
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const userOrganizationId = crypto.randomUUID();
  await db
    .insertInto('organizations')
    .values({
      id: userOrganizationId,
      kind: 'civil_society',
      code: null,
      acronymEn: 'MRN',
      acronymEs: '',
      acronymFr: '',
      acronymPt: '',
      nameEn: 'Migrant Rights Network',
      nameEs: 'Red de Derechos de los Migrantes',
      nameFr: '',
      namePt: '',
      email: '',
      phone: '',
      notes: '',
      isReference: 0,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const sparePersonId = crypto.randomUUID();
  await db
    .insertInto('people')
    .values({
      id: sparePersonId,
      name: 'Sam Doe',
      honorific: '',
      position: '',
      organizationId: null,
      email: '',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return {
    db,
    sparePersonId,
    bodyId: session.bodyId,
    sessionId,
    itemIds: items.map((i) => i.id),
    speakerIds: speakers.map((s) => s.id),
    panelId: panel!.id,
    questionIds: questions.map((q) => q.id),
    documentId: document.id,
    versionId: version.id,
    personId: person.id,
    memberStateId: state.id,
    userOrganizationId,
  };
}

export interface Case {
  happy: (c: Ctx) => unknown;
  /** Checks the answer of the happy path against what the call should have done. */
  expect?: (value: unknown, c: Ctx) => void;
  bad: (c: Ctx) => unknown;
  /** The error code the bad input must get. */
  badCode: string;
}

/** The cases of the generic CRUD procedures and of session preparation; the other themes have their own files. */
export const CASES: Record<string, Case> = { ...SESSION_CASES, ...REGISTRY_CASES };

import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { AgendaItemFields, AgendaItemSchema } from '../domain/agenda-item';
import { BodyFields, BodySchema } from '../domain/body';
import { DocumentFields, DocumentSchema, DocumentVersionFields, DocumentVersionSchema } from '../domain/document';
import { GuidingQuestionFields, GuidingQuestionSchema } from '../domain/guiding-question';
import { LanguageSchema } from '../domain/languages';
import { OrganizationFields, OrganizationKindSchema, OrganizationSchema } from '../domain/organization';
import { PersonFields, PersonSchema } from '../domain/person';
import { SessionFields, SessionSchema } from '../domain/session';
import { SpeakerFields, SpeakerSchema } from '../domain/speaker';
import { crudProcedures, IdInput, reorderProcedure } from './crud';
import { documentProcedures } from './document-procedures';
import { floorProcedures } from './floor-procedures';
import { goodPracticeProcedures } from './good-practice-procedures';
import { missingTextProcedures } from './missing-text-procedures';
import { safetyProcedures } from './safety-procedures';
import { storageProcedures } from './storage-procedures';
import { sessionPrepProcedures } from './session-prep-procedures';
import { translationProcedures } from './translation-procedures';
import { sessionTextProcedures } from './session-text-procedures';
import { startFromProcedures } from './start-from-procedures';
import { searchProcedures } from './search-procedures';
import { mutation, query } from './procedure';

const SearchText = z.string().trim().max(200).optional();

export const SessionOverviewSchema = z.object({
  session: SessionSchema,
  body: BodySchema,
  agendaItems: z.array(AgendaItemSchema),
  speakers: z.array(SpeakerSchema),
  documents: z.array(DocumentSchema),
  guidingQuestions: z.array(GuidingQuestionSchema),
  /** The organizations and people the speakers name, so a screen can print the list without more calls. */
  organizations: z.array(OrganizationSchema),
  people: z.array(PersonSchema),
});
export type SessionOverview = z.infer<typeof SessionOverviewSchema>;

/**
 * The one API of Session Desk. Main implements it once; Electron IPC, the loopback HTTP host
 * and the CLI carry it. Only these names and data that pass these schemas cross a boundary.
 */
export const contract = {
  ...crudProcedures('bodies', ['list', 'get', 'update'], {
    fields: BodyFields,
    entity: BodySchema,
    parent: {},
    listFilter: {},
  }),
  ...crudProcedures('sessions', ['list', 'get', 'create', 'update'], {
    fields: SessionFields,
    entity: SessionSchema,
    parent: {},
    listFilter: { bodyId: IdSchema.optional() },
  }),
  'sessions.overview': query(IdInput, SessionOverviewSchema),
  ...crudProcedures('agendaItems', ['list', 'create', 'update', 'delete'], {
    fields: AgendaItemFields,
    entity: AgendaItemSchema,
    parent: { sessionId: IdSchema },
    listFilter: {},
    bulky: ['annotation'],
  }),
  ...reorderProcedure('agendaItems', AgendaItemSchema, { sessionId: IdSchema }),
  ...crudProcedures('documents', ['list', 'get', 'create'], {
    fields: DocumentFields,
    entity: DocumentSchema,
    parent: { sessionId: IdSchema },
    listFilter: {},
  }),
  ...crudProcedures('documentVersions', ['list', 'get', 'create', 'update'], {
    fields: DocumentVersionFields,
    entity: DocumentVersionSchema,
    parent: { documentId: IdSchema },
    listFilter: {},
    createKeys: { language: LanguageSchema },
    bulky: ['content'],
  }),
  ...crudProcedures('guidingQuestions', ['list', 'create', 'update', 'delete'], {
    fields: GuidingQuestionFields,
    entity: GuidingQuestionSchema,
    parent: { sessionId: IdSchema },
    listFilter: {},
  }),
  ...reorderProcedure('guidingQuestions', GuidingQuestionSchema, { sessionId: IdSchema }),
  ...crudProcedures('organizations', ['list', 'get', 'create', 'update', 'delete'], {
    fields: OrganizationFields,
    entity: OrganizationSchema,
    parent: {},
    listFilter: { kind: OrganizationKindSchema.optional(), query: SearchText },
  }),
  ...crudProcedures('people', ['list', 'get', 'create', 'update', 'delete'], {
    fields: PersonFields,
    entity: PersonSchema,
    parent: {},
    listFilter: { organizationId: IdSchema.optional(), query: SearchText },
  }),
  ...crudProcedures('speakers', ['list', 'get', 'create', 'update', 'delete'], {
    fields: SpeakerFields,
    entity: SpeakerSchema,
    parent: { agendaItemId: IdSchema },
    listFilter: {},
  }),
  ...reorderProcedure('speakers', SpeakerSchema, { agendaItemId: IdSchema }),
  /**
   * The demo session (the CAM's session of 9 May 2023) as prepared; `held` also holds it: its floor's
   * record, five delegations' good practices, the items' summaries, its report and compilation.
   */
  'demo.create': mutation(z.strictObject({ held: z.boolean().optional() }), z.object({ sessionId: IdSchema })),
  ...sessionPrepProcedures,
  ...documentProcedures,
  ...missingTextProcedures,
  ...safetyProcedures,
  ...storageProcedures,
  ...translationProcedures,
  ...sessionTextProcedures,
  ...floorProcedures,
  ...startFromProcedures,
  ...goodPracticeProcedures,
  ...searchProcedures,
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type OutputOf<N extends ProcedureName> = z.output<Contract[N]['output']>;

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];

export const isProcedureName = (name: string): name is ProcedureName => Object.hasOwn(contract, name);

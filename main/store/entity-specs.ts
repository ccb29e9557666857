import type { z } from 'zod';
import { AgendaItemFields, AgendaItemSchema } from '../../shared/domain/agenda-item';
import { BodyFields, BodySchema } from '../../shared/domain/body';
import {
  DocumentFields,
  DocumentSchema,
  DocumentVersionFields,
  DocumentVersionSchema,
} from '../../shared/domain/document';
import type { EntityFields } from '../../shared/domain/entity';
import { GuidingQuestionFields, GuidingQuestionSchema } from '../../shared/domain/guiding-question';
import { LANGUAGES, type Localized } from '../../shared/domain/languages';
import { OrganizationFields, OrganizationSchema, type Organization } from '../../shared/domain/organization';
import { PersonFields, PersonSchema, type Person } from '../../shared/domain/person';
import { SessionFields, SessionSchema } from '../../shared/domain/session';
import { SpeakerFields, SpeakerSchema } from '../../shared/domain/speaker';
import { foldForSearch } from '../../shared/text/fold-for-search';
import type { Store } from './open-database';
import type { TableName } from './schema';
import { checkDocumentSymbolFree, checkDelegationOnce } from './write-checks';

export type ParentKey = 'sessionId' | 'agendaItemId' | 'documentId';

/** How one entity of the contract is kept in the store; the generic CRUD handlers read nothing else. */
export interface EntitySpec {
  table: TableName;
  entity: z.ZodType;
  fields: EntityFields<z.ZodObject>;
  /** Fields held as one column per language. */
  localized: readonly string[];
  /** Fields held as one column per language, each JSON text (rich texts). */
  localizedJson: readonly string[];
  /** Fields held as JSON text. */
  json: readonly string[];
  /** Fields held as 0/1. */
  booleans: readonly string[];
  parentKey?: ParentKey;
  /** The fields whose ids must name an existing row of another table. */
  references: Readonly<Record<string, TableName>>;
  /** Ordered entities keep a position under their parent. */
  ordered: boolean;
  /** A column to sort unordered lists by. */
  sortBy: string;
  descending?: boolean;
  /**
   * A list filter that the store cannot do portably (accent-blind search), applied to the entities.
   * This and guard are methods, not function properties, so that each spec takes its own entity's type.
   */
  matches?(entity: unknown, filter: Record<string, unknown>): boolean;
  /** Refuses a change a user may not make (the names of shipped reference data). */
  guard?(existing: unknown, patch: Record<string, unknown> | null): boolean;
  /** A rule that needs the store (no delegation twice on one item), checked on the fields a create or update leaves. */
  checkWrite?: (db: Store, fields: Record<string, unknown>, id: string) => Promise<void>;
}

const localizedMatch = (query: string, ...texts: Localized[]) => {
  const q = foldForSearch(query);
  return texts.some((t) => LANGUAGES.some((l) => foldForSearch(t[l]).includes(q)));
};

const REFERENCE_FIXED = ['kind', 'code', 'acronym', 'name'];

export const ENTITY_SPECS = {
  bodies: {
    table: 'bodies',
    entity: BodySchema,
    fields: BodyFields,
    localized: ['name', 'parentName'],
    localizedJson: [],
    json: [],
    booleans: [],
    references: {},
    ordered: false,
    sortBy: 'code',
  },
  sessions: {
    table: 'sessions',
    entity: SessionSchema,
    fields: SessionFields,
    localized: ['title'],
    localizedJson: [],
    json: [],
    booleans: [],
    references: { bodyId: 'bodies' },
    ordered: false,
    sortBy: 'date',
    descending: true,
    matches: (s: { bodyId: string }, f) => f.bodyId === undefined || s.bodyId === f.bodyId,
  },
  agendaItems: {
    table: 'agendaItems',
    entity: AgendaItemSchema,
    fields: AgendaItemFields,
    localized: ['title'],
    localizedJson: ['annotation'],
    json: ['documentSymbols'],
    booleans: [],
    parentKey: 'sessionId',
    references: {},
    ordered: true,
    sortBy: 'position',
  },
  documents: {
    table: 'documents',
    entity: DocumentSchema,
    fields: DocumentFields,
    localized: [],
    localizedJson: [],
    json: [],
    booleans: [],
    parentKey: 'sessionId',
    references: {},
    ordered: false,
    sortBy: 'createdAt',
    checkWrite: checkDocumentSymbolFree,
  },
  documentVersions: {
    table: 'documentVersions',
    entity: DocumentVersionSchema,
    fields: DocumentVersionFields,
    localized: [],
    localizedJson: [],
    json: ['content'],
    booleans: [],
    parentKey: 'documentId',
    references: {},
    ordered: false,
    sortBy: 'language',
  },
  guidingQuestions: {
    table: 'guidingQuestions',
    entity: GuidingQuestionSchema,
    fields: GuidingQuestionFields,
    localized: ['text'],
    localizedJson: [],
    json: [],
    booleans: [],
    parentKey: 'sessionId',
    references: {},
    ordered: true,
    sortBy: 'position',
  },
  organizations: {
    table: 'organizations',
    entity: OrganizationSchema,
    fields: OrganizationFields,
    localized: ['acronym', 'name'],
    localizedJson: [],
    json: [],
    booleans: ['isReference'],
    references: {},
    ordered: false,
    sortBy: 'nameEn',
    matches: (o: Organization, f) =>
      (f.kind === undefined || o.kind === f.kind) &&
      (typeof f.query !== 'string' || localizedMatch(f.query, o.name, o.acronym)),
    guard: (o: Organization, patch) => !o.isReference || (patch !== null && !REFERENCE_FIXED.some((k) => k in patch)),
  },
  people: {
    table: 'people',
    entity: PersonSchema,
    fields: PersonFields,
    localized: [],
    localizedJson: [],
    json: [],
    booleans: [],
    references: { organizationId: 'organizations' },
    ordered: false,
    sortBy: 'name',
    matches: (p: Person, f) =>
      (f.organizationId === undefined || p.organizationId === f.organizationId) &&
      (typeof f.query !== 'string' || foldForSearch(`${p.name} ${p.position}`).includes(foldForSearch(f.query))),
  },
  speakers: {
    table: 'speakers',
    entity: SpeakerSchema,
    fields: SpeakerFields,
    localized: [],
    localizedJson: [],
    json: [],
    booleans: [],
    parentKey: 'agendaItemId',
    references: { personId: 'people', organizationId: 'organizations' },
    ordered: true,
    sortBy: 'position',
    checkWrite: checkDelegationOnce,
  },
} satisfies Record<string, EntitySpec>;

export type EntityName = keyof typeof ENTITY_SPECS;

export const PARENT_TABLES: Record<ParentKey, TableName> = {
  sessionId: 'sessions',
  agendaItemId: 'agendaItems',
  documentId: 'documents',
};

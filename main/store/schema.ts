import type { LocalizedColumns as Localized } from './columns';

/**
 * The typed shape of the store, as kysely sees it through CamelCasePlugin (columns are
 * snake_case in SQL). Per-language texts are per-language columns; lists are JSON text.
 */

interface Timestamps {
  createdAt: string;
  updatedAt: string;
}

export type BodiesTable = Timestamps &
  Localized<'name'> &
  Localized<'parentName'> & { id: string; code: string; symbolPattern: string; nextSymbolNumber: number };

export type SessionsTable = Timestamps &
  Localized<'title'> & {
    id: string;
    bodyId: string;
    date: string;
    startTime: string;
    endTime: string;
    room: string;
    modality: string;
    originalLanguage: string;
    status: string;
  };

export type AgendaItemsTable = Timestamps &
  Localized<'title'> &
  Localized<'annotation'> & {
    id: string;
    sessionId: string;
    position: number;
    kind: string;
    durationMinutes: number;
    documentSymbols: string;
    speakerOrder: string;
  };

export type DocumentsTable = Timestamps & {
  id: string;
  sessionId: string;
  kind: string;
  symbol: string | null;
  revisionKind: string | null;
  revisionNumber: number | null;
  originalLanguage: string;
};

export type DocumentVersionsTable = Timestamps & {
  id: string;
  documentId: string;
  language: string;
  status: string;
  content: string | null;
  controlNumber: string;
};

export type GuidingQuestionsTable = Timestamps &
  Localized<'text'> & { id: string; sessionId: string; position: number };

export type OrganizationsTable = Timestamps &
  Localized<'acronym'> &
  Localized<'name'> & {
    id: string;
    kind: string;
    code: string | null;
    email: string;
    phone: string;
    notes: string;
    isReference: number;
  };

export type PeopleTable = Timestamps & {
  id: string;
  name: string;
  honorific: string;
  position: string;
  organizationId: string | null;
  email: string;
};

export type SpeakersTable = Timestamps & {
  id: string;
  agendaItemId: string;
  personId: string | null;
  organizationId: string | null;
  role: string;
  position: number;
  allottedMinutes: number;
  status: string;
  requestedAt: string;
};

export interface IssuedSymbolsTable {
  id: string;
  bodyId: string;
  symbol: string;
  number: number;
  documentId: string | null;
  issuedAt: string;
}

export interface GuidingQuestionAssignmentsTable {
  questionId: string;
  speakerId: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  bodies: BodiesTable;
  sessions: SessionsTable;
  agendaItems: AgendaItemsTable;
  documents: DocumentsTable;
  documentVersions: DocumentVersionsTable;
  guidingQuestions: GuidingQuestionsTable;
  organizations: OrganizationsTable;
  people: PeopleTable;
  speakers: SpeakersTable;
  issuedSymbols: IssuedSymbolsTable;
  guidingQuestionAssignments: GuidingQuestionAssignmentsTable;
  meta: MetaTable;
}

/** The tables of the contract's entities, each with an id column. */
export type TableName = Exclude<keyof Database, 'meta' | 'issuedSymbols' | 'guidingQuestionAssignments'>;

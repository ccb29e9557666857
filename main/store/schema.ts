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

/** One sending of a language version to translation: the original's content as sent, to whom, when. */
export interface TranslationSnapshotsTable {
  id: string;
  documentId: string;
  versionId: string;
  /** The target language. */
  language: string;
  originalLanguage: string;
  originalVersionId: string;
  /** The original version's updatedAt when it was sent: its revision. */
  originalUpdatedAt: string;
  /** The printed symbol with its revision ("CP/CAM-123/23 rev. 1"), '' before one is issued. */
  symbol: string;
  translator: string;
  /** YYYY-MM-DD or ''. */
  dueDate: string;
  /** The original's stored content as sent (JSON). */
  content: string;
  wordCount: number;
  fileName: string;
  sentAt: string;
  receivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One sending of the session's texts to translation into one language (migration 0005). */
export interface SessionTextSendingsTable {
  id: string;
  sessionId: string;
  /** The target language. */
  language: string;
  originalLanguage: string;
  translator: string;
  /** YYYY-MM-DD or ''. */
  dueDate: string;
  /** The texts as sent, with the records they belong to (JSON of SentSessionTexts). */
  texts: string;
  textCount: number;
  wordCount: number;
  fileName: string;
  sentAt: string;
  receivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The floor of a session on the day of the meeting (migration 0006); instants are epoch milliseconds. */
export interface FloorsTable {
  sessionId: string;
  itemId: string | null;
}

export interface FloorQueueTable {
  id: string;
  sessionId: string;
  itemId: string;
  kind: string;
  speakerId: string | null;
  organizationId: string | null;
  personId: string | null;
  position: number;
  requestedAt: number;
}

export interface FloorSpeechesTable {
  id: string;
  sessionId: string;
  itemId: string;
  kind: string;
  speakerId: string | null;
  organizationId: string | null;
  personId: string | null;
  role: string;
  allottedSeconds: number | null;
  startedAt: number;
  endedAt: number | null;
  spokenSeconds: number | null;
  suspended: number;
}

export interface FloorPausesTable {
  id: string;
  speechId: string;
  reason: string;
  pausedAt: number;
  resumedAt: number | null;
}

/** A good practice a State shared (migration 0007); texts per language, rich ones as JSON. */
export type GoodPracticesTable = Timestamps &
  Localized<'title'> &
  Localized<'text'> & {
    id: string;
    sessionId: string;
    organizationId: string;
    questionId: string | null;
    recordEntryId: string | null;
    language: string;
    date: string;
    channel: string;
  };

/** The Secretariat's summary of an agenda item for the session report (migration 0007), rich text JSON per language. */
export type AgendaItemSummariesTable = Localized<'summary'> & { itemId: string; updatedAt: string };

/** Who chaired a held session, for its report (migration 0007). */
export interface SessionChairsTable {
  sessionId: string;
  personId: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

/** One indexed text of the archive search (migration 0008): written by triggers only, read by the search. */
export interface SearchRowsTable {
  id: number;
  source: string;
  sourceId: string;
  sessionId: string | null;
  language: string | null;
  kind: string;
  route: string;
  text: string;
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
  translationSnapshots: TranslationSnapshotsTable;
  sessionTextSendings: SessionTextSendingsTable;
  floors: FloorsTable;
  floorQueue: FloorQueueTable;
  floorSpeeches: FloorSpeechesTable;
  floorPauses: FloorPausesTable;
  goodPractices: GoodPracticesTable;
  agendaItemSummaries: AgendaItemSummariesTable;
  sessionChairs: SessionChairsTable;
  meta: MetaTable;
  searchRows: SearchRowsTable;
}

/** The tables of the contract's entities, each with an id column. */
export type TableName = Exclude<
  keyof Database,
  | 'meta'
  | 'issuedSymbols'
  | 'guidingQuestionAssignments'
  | 'translationSnapshots'
  | 'sessionTextSendings'
  | 'floors'
  | 'floorQueue'
  | 'floorSpeeches'
  | 'floorPauses'
  | 'goodPractices'
  | 'agendaItemSummaries'
  | 'sessionChairs'
  | 'searchRows'
>;

import { z } from 'zod';
import { AgendaItemFields, AgendaItemSchema, type AgendaItem } from '../../shared/domain/agenda-item';
import { BodyFields, BodySchema, type Body } from '../../shared/domain/body';
import {
  DocumentFields,
  DocumentSchema,
  DocumentVersionFields,
  DocumentVersionSchema,
  type DocumentVersion,
  type SessionDocument,
} from '../../shared/domain/document';
import { IdSchema } from '../../shared/domain/common';
import { applyRules, withRules, type EntityFields } from '../../shared/domain/entity';
import {
  GuidingQuestionFields,
  GuidingQuestionSchema,
  type GuidingQuestion,
} from '../../shared/domain/guiding-question';
import { OrganizationFields, OrganizationSchema, type Organization } from '../../shared/domain/organization';
import { PersonFields, PersonSchema, type Person } from '../../shared/domain/person';
import { SessionFields, SessionSchema, type Session } from '../../shared/domain/session';
import { SpeakerFields, SpeakerSchema, type Speaker } from '../../shared/domain/speaker';
import type { ZipLimits } from './zip-reader';

/** The `.sessiondesk` format: a zip with manifest.json and one JSON file per kind of record. */
export const BUNDLE_FORMAT = 'session-desk/session';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.sessiondesk';
export const MANIFEST = 'manifest.json';

/**
 * Limits on a file from outside: checked on the declared sizes before anything is unpacked. A
 * 300-page report is 1.4 MB of stored JSON a language, so 32 MB of versions holds some 20 of them
 * (a real session file is under 1 MB); 39 MB of them took 3.7 s and 240 MB to inspect here
 * (test/translation/import-bounds.test.ts). Each version's text is also held to the import limits
 * (shared/content/import-limits.ts).
 */
export const SESSION_FILE_LIMITS: ZipLimits & { maxFileBytes: number; maxManifestBytes: number } = {
  maxFileBytes: 36 * 1024 * 1024,
  maxManifestBytes: 64 * 1024,
  maxEntries: 32,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 48 * 1024 * 1024,
};

const strictEntity = <B extends z.ZodObject>(schema: z.ZodObject, fields: EntityFields<B>): z.ZodType =>
  applyRules(schema.strict(), fields.rules);

/** Each data file: its name in the archive, and the schema of its content (the domain's, strict, with its rules). */
export const DATA_FILES = {
  body: { name: 'data/body.json', schema: strictEntity(BodySchema, BodyFields) },
  session: { name: 'data/session.json', schema: strictEntity(SessionSchema, SessionFields) },
  agendaItems: {
    name: 'data/agenda-items.json',
    // A file made before an item needed a title in some language may hold one with none: it comes in as it was.
    schema: z
      .array(
        strictEntity(
          AgendaItemSchema,
          withRules(
            AgendaItemFields.base,
            AgendaItemFields.rules.filter((r) => r.rule !== 'oneLanguage'),
          ),
        ),
      )
      .max(1000),
  },
  speakers: { name: 'data/speakers.json', schema: z.array(strictEntity(SpeakerSchema, SpeakerFields)).max(10_000) },
  guidingQuestions: {
    name: 'data/guiding-questions.json',
    schema: z.array(strictEntity(GuidingQuestionSchema, GuidingQuestionFields)).max(1000),
  },
  documents: { name: 'data/documents.json', schema: z.array(strictEntity(DocumentSchema, DocumentFields)).max(1000) },
  documentVersions: {
    name: 'data/document-versions.json',
    schema: z.array(strictEntity(DocumentVersionSchema, DocumentVersionFields)).max(4000),
  },
  organizations: {
    name: 'data/organizations.json',
    schema: z.array(strictEntity(OrganizationSchema, OrganizationFields)).max(10_000),
  },
  people: { name: 'data/people.json', schema: z.array(strictEntity(PersonSchema, PersonFields)).max(10_000) },
  /** Which speakers answer which guiding question. */
  questionAssignments: {
    name: 'data/question-assignments.json',
    schema: z.array(z.strictObject({ questionId: IdSchema, speakerId: IdSchema })).max(100_000),
  },
} as const;

export type DataKey = keyof typeof DATA_FILES;
/** The records of one session file, as the domain types them. */
export interface SessionFileData {
  body: Body;
  session: Session;
  agendaItems: AgendaItem[];
  speakers: Speaker[];
  guidingQuestions: GuidingQuestion[];
  documents: SessionDocument[];
  documentVersions: DocumentVersion[];
  organizations: Organization[];
  people: Person[];
  questionAssignments: { questionId: string; speakerId: string }[];
}
export const DATA_KEYS = Object.keys(DATA_FILES) as DataKey[];

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex');

export const ManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT, { error: 'not a Session Desk session file' }),
  formatVersion: z.int().min(1),
  schemaVersion: z.int().min(1),
  appVersion: z.string().max(64),
  createdAt: z.iso.datetime(),
  sessionId: z.uuid(),
  files: z.record(z.string().max(200), z.strictObject({ sha256: Sha256, bytes: z.int().min(0) })),
});
export type Manifest = z.infer<typeof ManifestSchema>;

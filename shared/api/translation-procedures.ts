import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { DocumentKindSchema, DocumentVersionSchema, VersionStatusSchema } from '../domain/document';
import { LanguageSchema } from '../domain/languages';
import { ExportedFileSchema } from './document-procedures';
import { mutation, query } from './procedure';

/*
 * Procedures of the translation workflow (issue 5): language versions with their status, sending
 * the original to translators, receiving their DOCX back (inspect, then apply the user's
 * decision), importing a Word draft, and what changed in the original since a version was sent.
 * Files come in as base64 (the bytes the user picked; main never takes a path from a window); a
 * received file is read once, by `translation.inspect`, and received by its handle. Files main makes
 * answer bytes, which main hands over itself (file-outputs.ts).
 */

/** A DOCX of up to 20 MB, as base64 (4 characters per 3 bytes). */
export const MAX_DOCX_BASE64_CHARS = Math.ceil((20 * 1024 * 1024) / 3) * 4;

export const DocxBase64 = z
  .string()
  .min(1)
  .max(MAX_DOCX_BASE64_CHARS, 'the file is larger than 20 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const DateOrEmpty = z.union([z.literal(''), z.iso.date()]);

export const SentInfoSchema = z.object({
  snapshotId: IdSchema,
  sentAt: z.string(),
  translator: z.string(),
  dueDate: z.string(),
  /** The printed symbol with its revision when it was sent. */
  symbol: z.string(),
  /** Words of the original as sent. */
  words: z.int(),
  receivedAt: z.string().nullable(),
  /** The original was edited after it was sent: the translator needs the changes. */
  originalChangedSince: z.boolean(),
  /** Passages (title fields, paragraphs, footnotes) changed since, and the words of their new text. */
  changedPassages: z.int(),
  changedWords: z.int(),
});
export type SentInfo = z.infer<typeof SentInfoSchema>;

export const LanguageVersionSchema = z.object({
  language: LanguageSchema,
  /** Null when the document has no row for this language yet (status "not_started"). */
  versionId: IdSchema.nullable(),
  status: VersionStatusSchema,
  isOriginal: z.boolean(),
  words: z.int(),
  controlNumber: z.string(),
  updatedAt: z.string().nullable(),
  /** The latest sending of this version, if any. */
  sent: SentInfoSchema.nullable(),
});
export type LanguageVersion = z.infer<typeof LanguageVersionSchema>;

export const LanguageVersionsSchema = z.object({
  documentId: IdSchema,
  originalLanguage: LanguageSchema,
  /** The printed symbol with its revision, shared by every version. */
  symbol: z.string(),
  /** The four versions, in the OAS order (en, es, fr, pt). */
  versions: z.array(LanguageVersionSchema),
});

export const AlignmentIssueSchema = z.object({
  code: z.enum([
    'paragraph_missing',
    'paragraph_extra',
    'kind_differs',
    'footnotes_differ',
    'footnote_count',
    'guiding_questions_missing',
    'guiding_questions_extra',
    'title_missing',
    'text_missing',
    'text_extra',
    'text_twice',
    'text_empty',
    'text_footnotes',
  ]),
  paragraph: z.int().optional(),
  importedParagraph: z.int().optional(),
  footnote: z.int().optional(),
  expected: z.string().optional(),
  found: z.string().optional(),
  field: z.string().optional(),
  key: z.string().optional(),
  message: z.string(),
});

const Counts = z.object({ paragraphs: z.int(), footnotes: z.int(), words: z.int() });

export const AlignmentReportSchema = z.object({
  matches: z.boolean(),
  original: Counts,
  imported: Counts,
  issues: z.array(AlignmentIssueSchema),
  pairs: z.array(z.tuple([z.int().nullable(), z.int().nullable()])),
});

export const ImportedSummarySchema = z.object({
  paragraphs: z.int(),
  footnotes: z.int(),
  notes: z.int(),
  links: z.int(),
  tables: z.int(),
  words: z.int(),
  controlNumber: z.string(),
  /**
   * What came in differently from the file: tables_flattened, line_breaks, drawings_left_out,
   * endnotes_as_footnotes, footnote_without_text, questions_filled (with its count); the message
   * says the same in English for the CLI.
   */
  warnings: z.array(z.object({ code: z.string(), count: z.int().optional(), message: z.string() })),
});

export const InspectResultSchema = z.object({
  report: AlignmentReportSchema,
  /** What the file was aligned with: the snapshot that was sent, or the original as it is now (never sent). */
  against: z.enum(['snapshot', 'original']),
  sentAt: z.string().nullable(),
  imported: ImportedSummarySchema,
  /** The version already holds text that receiving would replace (the user must say so). */
  wouldOverwrite: z.boolean(),
  existingWords: z.int(),
});
export type InspectResult = z.infer<typeof InspectResultSchema>;

/** Names a file `translation.inspect` read and main keeps: `translation.receive` takes it instead of the file. */
export const InspectionHandleSchema = z.string().regex(/^[0-9a-f]{48}$/, 'not an inspection handle');

export const PassageChangeSchema = z.object({
  where: z.enum(['title', 'paragraph', 'footnote']),
  change: z.enum(['changed', 'added', 'removed']),
  kind: z.string(),
  number: z.int().nullable(),
  sentNumber: z.int().nullable(),
  old: z.string().nullable(),
  new: z.string().nullable(),
  words: z.int(),
  changedWords: z.int(),
});

export const ChangesSchema = z.object({
  language: LanguageSchema,
  sentAt: z.string(),
  translator: z.string(),
  symbol: z.string(),
  changes: z.array(PassageChangeSchema),
  words: z.object({ current: z.int(), sent: z.int() }),
  changedPassageWords: z.int(),
  changedWords: z.int(),
});
export type Changes = z.infer<typeof ChangesSchema>;

/** The languages to send to: one to three, each once. */
export const TargetLanguages = z
  .array(LanguageSchema)
  .min(1)
  .max(3)
  .refine((l) => new Set(l).size === l.length, 'a language appears once');

const VersionRef = { documentId: IdSchema, language: LanguageSchema };

/**
 * What a receive takes beside its target: the file as its inspection read it (the windows, the CLI: not sent
 * nor read again), or the file itself for a one-step receive, and the user's decisions; with `oneFile`.
 */
export const RECEIVE_FIELDS = {
  handle: InspectionHandleSchema.optional(),
  base64: DocxBase64.optional(),
  acceptMismatches: z.boolean().default(false),
  replaceExisting: z.boolean().default(false),
};

/** A receive names its file one way: by the inspection's handle, or as the file. */
export const oneFile: [(input: { handle?: string; base64?: string }) => boolean, { message: string; path: string[] }] =
  [
    (input) => (input.handle === undefined) !== (input.base64 === undefined),
    { message: 'give either handle or base64', path: ['handle'] },
  ];

export const translationProcedures = {
  /** The four language versions of a document with their status, words and latest sending. */
  'translation.versions': query(z.strictObject({ documentId: IdSchema }), LanguageVersionsSchema),
  /**
   * Sends the original to translation into the given languages: records a snapshot of the original
   * per language, marks those versions "sent" (creating their rows), and answers the translator's
   * DOCX (the original's export) once per language. With `changesOnly`, each language must have
   * been sent before: it answers the changes DOCX since that sending instead, and the new snapshot
   * makes the changes list empty again.
   */
  'translation.send': mutation(
    z.strictObject({
      documentId: IdSchema,
      languages: TargetLanguages,
      translator: z.string().trim().max(200),
      dueDate: DateOrEmpty.optional(),
      /** Send only what changed since the last sending (the changes DOCX), not the whole paper. */
      changesOnly: z.boolean().default(false),
    }),
    z.object({
      files: z.array(z.object({ language: LanguageSchema, file: ExportedFileSchema })),
      versions: LanguageVersionsSchema,
    }),
  ),
  /**
   * Reads a translated DOCX and reports how it aligns with what was sent; stores nothing, but keeps
   * what it read a while under `handle`, for `translation.receive`.
   */
  'translation.inspect': query(
    z.strictObject({ ...VersionRef, base64: DocxBase64 }),
    InspectResultSchema.extend({ handle: InspectionHandleSchema }),
  ),
  /**
   * Stores a translated DOCX as the language version, status "received". Refused (import_mismatch)
   * when its structure differs and acceptMismatches is not set, and (would_overwrite) when the
   * version holds text and replaceExisting is not set; a refused or failed import changes nothing.
   */
  'translation.receive': mutation(
    z.strictObject({ ...VersionRef, ...RECEIVE_FIELDS }).refine(...oneFile),
    z.object({ version: DocumentVersionSchema, report: AlignmentReportSchema, imported: ImportedSummarySchema }),
  ),
  /**
   * A Word draft as a new document of the session (give `kind`) or as the original version of one
   * (give `documentId`; its original language must be `language`).
   */
  'translation.importDraft': mutation(
    z
      .strictObject({
        sessionId: IdSchema,
        documentId: IdSchema.optional(),
        kind: DocumentKindSchema.optional(),
        language: LanguageSchema,
        base64: DocxBase64,
        replaceExisting: z.boolean().default(false),
      })
      .refine((i) => (i.documentId === undefined) !== (i.kind === undefined), {
        message: 'give either documentId or kind',
        path: ['documentId'],
      }),
    z.object({
      documentId: IdSchema,
      versionId: IdSchema,
      created: z.boolean(),
      imported: ImportedSummarySchema,
    }),
  ),
  /** What changed in the original since the version was last sent, per passage and per footnote. */
  'translation.changes': query(z.strictObject(VersionRef), ChangesSchema),
  /** The same as a short DOCX for the translator: only the changed passages, old and new text. */
  'translation.changesDocx': query(z.strictObject(VersionRef), ExportedFileSchema),
} as const;

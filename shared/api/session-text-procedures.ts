import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { VersionStatusSchema } from '../domain/document';
import { LanguageSchema } from '../domain/languages';
import { ExportedFileSchema } from './document-procedures';
import { mutation, query } from './procedure';
import {
  AlignmentReportSchema,
  DateOrEmpty,
  DocxBase64,
  ImportedSummarySchema,
  InspectionHandleSchema,
  InspectResultSchema,
  oneFile,
  RECEIVE_FIELDS,
  TargetLanguages,
} from './translation-procedures';

/*
 * The session's texts (title, item titles and annotations, guiding questions) through translation
 * like a document (issue 13, part 2): one translator's DOCX per language, received back with the
 * same inspect-then-decide as a document's translation (shared/translation/session-texts.ts).
 */

export const SessionTextsSendingSchema = z.object({
  sentAt: z.string(),
  translator: z.string(),
  dueDate: z.string(),
  /** Texts and words as sent. */
  texts: z.int(),
  words: z.int(),
  receivedAt: z.string().nullable(),
  /** A text in the original language was added, removed or edited after the sending. */
  originalChangedSince: z.boolean(),
});

export const SessionTextsLanguageSchema = z.object({
  language: LanguageSchema,
  isOriginal: z.boolean(),
  /** original; not_started (never sent); sent; received. */
  status: VersionStatusSchema,
  /** How many of the texts the original has are written in this language now. */
  written: z.int(),
  /** The latest sending into this language, if any. */
  sent: SessionTextsSendingSchema.nullable(),
});

export const SessionTextsStatusSchema = z.object({
  sessionId: IdSchema,
  originalLanguage: LanguageSchema,
  /** Texts of the original language now, and their words. */
  texts: z.int(),
  words: z.int(),
  /** The four languages, in the OAS order. */
  languages: z.array(SessionTextsLanguageSchema),
});
export type SessionTextsStatus = z.infer<typeof SessionTextsStatusSchema>;

const TextsRef = { sessionId: IdSchema, language: LanguageSchema };

export const sessionTextProcedures = {
  /** Per language: whether the session's texts were sent, when, to whom, and whether they came back. */
  'translation.sessionTexts.status': query(z.strictObject({ sessionId: IdSchema }), SessionTextsStatusSchema),
  /**
   * Sends the session's texts in its original language to translation: records a sending per
   * language and answers one translator's DOCX per language.
   */
  'translation.sessionTexts.send': mutation(
    z.strictObject({
      sessionId: IdSchema,
      languages: TargetLanguages,
      translator: z.string().trim().max(200),
      dueDate: DateOrEmpty.optional(),
    }),
    z.object({
      files: z.array(z.object({ language: LanguageSchema, file: ExportedFileSchema })),
      status: SessionTextsStatusSchema,
    }),
  ),
  /**
   * Reads a translator's session-texts DOCX and compares it with what was sent; changes nothing, but keeps what it
   * read a while under `handle`, for `translation.sessionTexts.receive`.
   */
  'translation.sessionTexts.inspect': query(
    z.strictObject({ ...TextsRef, base64: DocxBase64 }),
    InspectResultSchema.extend({ handle: InspectionHandleSchema }),
  ),
  /**
   * Stores the file's texts in `language`. Refused (import_mismatch) when it differs from what was
   * sent and acceptMismatches is not set, and (would_overwrite) when texts in that language exist
   * and replaceExisting is not set; a refused or failed receive changes nothing.
   */
  'translation.sessionTexts.receive': mutation(
    z.strictObject({ ...TextsRef, ...RECEIVE_FIELDS }).refine(...oneFile),
    z.object({
      report: AlignmentReportSchema,
      imported: ImportedSummarySchema,
      /** Texts written in `language`. */
      applied: z.int(),
      status: SessionTextsStatusSchema,
    }),
  ),
} as const;

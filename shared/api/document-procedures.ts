import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { LanguageSchema } from '../domain/languages';
import { query } from './procedure';

/**
 * The documents a session's own data makes (no stored text): the agenda in its three forms, the chair's
 * script, and after the session its report and the compilation of good practices.
 */
export const SESSION_EXPORT_KINDS = [
  'order_of_business',
  'annotated_agenda',
  'list_of_speakers',
  // the chair's script (issue 18)
  'chairs_script',
  // issue 18: made from the floor's record, the Secretariat's summaries and the good practices
  'session_report',
  'good_practices',
] as const;
export const SessionExportKindSchema = z.enum(SESSION_EXPORT_KINDS);
export type SessionExportKind = z.infer<typeof SessionExportKindSchema>;

/**
 * The bytes of a file main made. They stay in main: the app saves them where the user chooses, the
 * browser mode's host serves them as a download, the CLI writes them (shared/api/file-outputs.ts).
 */
export const FileBytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'not bytes');

/** An exported file: main names it and saves it (app, CLI) or serves it as a download (browser mode). */
export const ExportedFileSchema = z.object({
  fileName: z.string().regex(/^[A-Za-z0-9.-]+\.docx$/),
  bytes: FileBytesSchema,
});
export type ExportedFile = z.infer<typeof ExportedFileSchema>;

/** Every document of a session in the chosen languages, as one zip file. */
export const ExportedZipSchema = z.object({
  fileName: z.string().regex(/^[A-Za-z0-9 .-]+\.zip$/),
  bytes: FileBytesSchema,
});
export type ExportedZip = z.infer<typeof ExportedZipSchema>;

/** Procedures of the documents feature (editor content, DOCX exports). */
export const documentProcedures = {
  /**
   * One language version of a stored document as DOCX. A concept paper (report, note) prints its
   * stored content; an order of business, annotated agenda or list of speakers is made from the
   * session's agenda and speakers, with this document's symbol.
   */
  'documents.exportDocx': query(z.strictObject({ documentId: IdSchema, language: LanguageSchema }), ExportedFileSchema),
  /**
   * The order of business, annotated agenda or list of speakers of a session as DOCX, with the symbol
   * of the session's document of that kind if it has one (`documentId` picks one where it has several).
   */
  'sessions.exportDocx': query(
    z.strictObject({
      sessionId: IdSchema,
      kind: SessionExportKindSchema,
      language: LanguageSchema,
      documentId: IdSchema.optional(),
    }),
    ExportedFileSchema,
  ),
  /**
   * "Export all": every stored document (concept paper, report, note) in each chosen language it has
   * a version in, and the order of business, annotated agenda and list of speakers in each chosen
   * language, as one zip ("CAM 2023-05-09 documents.zip"), the files named as the single exports.
   */
  'sessions.exportAllDocx': query(
    z.strictObject({
      sessionId: IdSchema,
      languages: z
        .array(LanguageSchema)
        .min(1)
        .max(4)
        .refine((l) => new Set(l).size === l.length, 'each language once'),
    }),
    ExportedZipSchema,
  ),
} as const;

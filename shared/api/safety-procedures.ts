import { z } from 'zod';
import { FileBytesSchema } from './document-procedures';
import { IdSchema } from '../domain/common';
import { mutation, query } from './procedure';

/** Why a backup was made: at start, after changes, on request, or just before a restore or a deletion. */
export const BACKUP_REASONS = ['start', 'auto', 'manual', 'pre-restore', 'pre-delete'] as const;
export const BackupReasonSchema = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/**
 * A backup's id: the instant it was made (UTC, to the millisecond) and why. Never a path: main
 * alone turns an id into a file in the backups folder beside the database.
 */
export const BackupIdSchema = z
  .string()
  .max(64)
  .regex(/^\d{8}T\d{9}Z-(start|auto|manual|pre-restore|pre-delete)(-\d{1,3})?$/, 'not a backup id');

export const BackupSchema = z.object({
  id: BackupIdSchema,
  /** UTC ISO instant. */
  createdAt: z.string(),
  reason: BackupReasonSchema,
  sizeBytes: z.int().min(0),
});
export type BackupInfo = z.infer<typeof BackupSchema>;

/** Upper bound of a session file handed over as base64 (about 36 MB of file). */
export const MAX_SESSION_FILE_BASE64 = 48 * 1024 * 1024;

/** The bytes of a `.sessiondesk` file the user picked, as base64: main never takes a path from the renderer. */
export const SessionFileBase64Schema = z.base64().max(MAX_SESSION_FILE_BASE64);

/** What to do when the file's session already exists here: replace it, or keep both (the copy gets new ids). */
export const ON_CONFLICT = ['replace', 'keep-both'] as const;
export const OnConflictSchema = z.enum(ON_CONFLICT);
export type OnConflict = z.infer<typeof OnConflictSchema>;

const Counts = z.object({
  agendaItems: z.int(),
  speakers: z.int(),
  guidingQuestions: z.int(),
  documents: z.int(),
  documentVersions: z.int(),
  organizations: z.int(),
  people: z.int(),
});

/** What a session file holds, read and checked without writing anything: what the import dialog shows. */
export const SessionFileSummarySchema = z.object({
  sessionId: IdSchema,
  title: z.object({ en: z.string(), es: z.string(), fr: z.string(), pt: z.string() }),
  date: z.string(),
  bodyCode: z.string(),
  schemaVersion: z.int(),
  appVersion: z.string(),
  createdAt: z.string(),
  counts: Counts,
  /** True when a session with the same id is already here: the user must choose replace or keep both. */
  sessionExists: z.boolean(),
});
export type SessionFileSummary = z.infer<typeof SessionFileSummarySchema>;

export const SessionFileImportResultSchema = z.object({
  sessionId: IdSchema,
  /** 'new' when the session was not here; otherwise what the user chose. */
  outcome: z.enum(['new', 'replace', 'keep-both']),
  /** Organizations and people of the file found here (by id, by code, by name) and reused, not duplicated. */
  matched: z.object({ organizations: z.int(), people: z.int(), bodies: z.int() }),
  created: z.object({ organizations: z.int(), people: z.int(), bodies: z.int() }),
});
export type SessionFileImportResult = z.infer<typeof SessionFileImportResultSchema>;

/** Procedures of backups, restores and session files. */
export const safetyProcedures = {
  'backups.list': query(z.strictObject({}), z.array(BackupSchema)),
  'backups.create': mutation(z.strictObject({}), BackupSchema),
  /** Replaces the data with a verified backup; the current data is backed up first (its id is returned). */
  'backups.restore': mutation(
    z.strictObject({ backupId: BackupIdSchema }),
    z.object({ restoredFrom: BackupIdSchema, safetyBackup: BackupSchema }),
  ),
  /**
   * Deletes a session with all it holds, after a verified backup of the whole database (returned, so the screen
   * can say where the session can be got back). No backup, no deletion: an in-memory database is refused.
   */
  'sessions.deleteWithBackup': mutation(
    z.strictObject({ id: IdSchema }),
    z.object({ id: IdSchema, backup: BackupSchema }),
  ),
  /** The session as a `.sessiondesk` file, saved by main or downloaded from the host (file-outputs.ts). */
  'sessionFiles.export': query(
    z.strictObject({ sessionId: IdSchema }),
    z.object({ fileName: z.string(), bytes: FileBytesSchema }),
  ),
  'sessionFiles.inspect': query(z.strictObject({ base64: SessionFileBase64Schema }), SessionFileSummarySchema),
  /** Without onConflict, a session that is already here is refused (code duplicate / session_exists). */
  'sessionFiles.import': mutation(
    z.strictObject({ base64: SessionFileBase64Schema, onConflict: OnConflictSchema.optional() }),
    SessionFileImportResultSchema,
  ),
} as const;

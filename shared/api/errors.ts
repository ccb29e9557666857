import { z } from 'zod';
import { IssueRuleSchema, ruleOfZodIssue } from './issue-rules';

export const ERROR_CODES = [
  'validation',
  'not_found',
  'in_use',
  'duplicate',
  'reference_fixed',
  'unknown_procedure',
  'unauthorized',
  /** A file that cannot be used: damaged, unsafe, too large, or not the kind expected. */
  'bad_file',
  /** A file beyond what Session Desk reads (footnotes, paragraphs, characters, size…): the issue's path names the limit. */
  'over_limit',
  /** A file made by a newer Session Desk. */
  'newer_version',
  /** A session file whose session is already here, with no choice made (replace or keep both). */
  'session_exists',
  /** A translation whose paragraphs or footnotes do not match the original's, not accepted yet. */
  'import_mismatch',
  /** An import that would replace existing text, not confirmed yet. */
  'would_overwrite',
  /** Changes asked for a version that was never sent to translation. */
  'not_sent',
  /** The disk (or the database's size limit) is full: the write was rolled back. */
  'disk_full',
  /** The database file or its folder cannot be written. */
  'read_only',
  /** The database file cannot be opened (missing folder, no permission, unreachable drive). */
  'cannot_open',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);

/** The codes of a write the disk did not take (not a refused input): nothing was saved. */
export const STORAGE_ERROR_CODES = [
  'disk_full',
  'read_only',
  'cannot_open',
] as const satisfies readonly (typeof ERROR_CODES)[number][];
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** One thing wrong with an input, located by its path ("patch.endTime"); `rule` says which, for the screens. */
export const ErrorIssueSchema = z.object({ path: z.string(), message: z.string(), rule: IssueRuleSchema.optional() });
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

/** What crosses a boundary when a call fails: a code, the i18n key of its message, never a stack trace. */
export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  messageKey: z.string(),
  issues: z.array(ErrorIssueSchema),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export const apiError = (code: ErrorCode, issues: ErrorIssue[] = []): ApiError => ({
  code,
  messageKey: `errors.${code}`,
  issues,
});

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services to answer with a typed error; the carriers turn it into a Result. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
    this.name = 'ApiFailure';
  }
}

/** A function declaration (not an arrow), so that TypeScript narrows after a call: code after it is unreachable. */
export function fail(code: ErrorCode, issues: ErrorIssue[] = []): never {
  throw new ApiFailure(apiError(code, issues));
}

/** A refusal with one located reason: `refuse('bad_file', 'FILE', 'the zip is cut short')`. */
export function refuse(code: ErrorCode, path: string, message: string): never {
  return fail(code, [{ path, message }]);
}

export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    rule: ruleOfZodIssue(issue),
  }));
}

import { z } from 'zod';

export const ERROR_CODES = [
  'validation',
  'not_found',
  'in_use',
  'duplicate',
  'reference_fixed',
  'unknown_procedure',
  'unauthorized',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** One thing wrong with an input, located by its path ("patch.endTime"). */
export const ErrorIssueSchema = z.object({ path: z.string(), message: z.string() });
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

export const fail = (code: ErrorCode, issues: ErrorIssue[] = []): never => {
  throw new ApiFailure(apiError(code, issues));
};

export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

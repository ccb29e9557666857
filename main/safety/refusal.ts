import { ApiFailure, ERROR_CODES, type ErrorCode, type ErrorIssue } from '../../shared/api/errors';

/**
 * The codes this feature would like to answer with, and the existing code each falls back to
 * until shared/api/errors.ts lists it (with its message in the four languages): then the
 * specific code is used without a change here.
 */
const WANTED = {
  /** Not a usable session file or backup: damaged, unsafe, inconsistent, too large. */
  bad_file: 'validation',
  /** Made by a newer Session Desk (a newer schema or format). */
  newer_version: 'validation',
  /** The file's session is already here and no choice (replace / keep both) was given. */
  session_exists: 'duplicate',
} as const satisfies Record<string, ErrorCode>;

export type SafetyRefusal = keyof typeof WANTED;

export function safetyCode(wanted: SafetyRefusal): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(wanted) ? (wanted as ErrorCode) : WANTED[wanted];
}

/** A refusal that says why: the code (and its i18n key) for the user, the issue for the details. */
export function refusal(wanted: SafetyRefusal, path: string, message: string): ApiFailure {
  const code = safetyCode(wanted);
  const issues: ErrorIssue[] = [{ path, message }];
  return new ApiFailure({ code, messageKey: `errors.${code}`, issues });
}

export const refuse = (wanted: SafetyRefusal, path: string, message: string): never => {
  throw refusal(wanted, path, message);
};

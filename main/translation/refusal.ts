import { ApiFailure, ERROR_CODES, type ErrorCode, type ErrorIssue } from '../../shared/api/errors';

/**
 * The codes the translation feature would like to answer with, and the existing code each falls
 * back to until shared/api/errors.ts lists it (with its message in the four languages); then the
 * specific code is used with no change here. `bad_file` is the one the safety feature asks for too.
 */
const WANTED = {
  /** Not a Word document we can read: not a zip, cut short, no body, too large, an unsafe link. */
  bad_file: 'validation',
  /** The translation's structure differs from the original and the user has not accepted it. */
  import_mismatch: 'validation',
  /** The version already has text and the user has not said to replace it. */
  would_overwrite: 'duplicate',
  /** The version was never sent to translation: there is no snapshot to compare with. */
  not_sent: 'not_found',
} as const satisfies Record<string, ErrorCode>;

export type TranslationRefusal = keyof typeof WANTED;

export function translationCode(wanted: TranslationRefusal): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(wanted) ? (wanted as ErrorCode) : WANTED[wanted];
}

/** A refusal that says why: the code (and its i18n key) for the user, the issues for the details. */
export function refusal(wanted: TranslationRefusal, issues: ErrorIssue[]): ApiFailure {
  const code = translationCode(wanted);
  return new ApiFailure({ code, messageKey: `errors.${code}`, issues });
}

export const refuse = (wanted: TranslationRefusal, path: string, message: string): never => {
  throw refusal(wanted, [{ path, message }]);
};

import { fail, refuse } from '../../shared/api/errors';
import type { InspectResult } from '../../shared/api/translation-procedures';
import type { Language } from '../../shared/domain/languages';
import type { AlignmentReport } from '../../shared/translation/align';
import type { Store } from '../store/open-database';
import { markSendingReceived } from '../store/translation-sendings';
import { IMPORT_WARNINGS, type ImportWarningCode } from '../word-reader/import-warnings';

/*
 * What sending and receiving a document and the session's texts share: the language check, the
 * inspect answer, the user's consent before a receive writes, and the sending marked received.
 */

export const now = () => new Date().toISOString();

/** Refuses the original's language as a translation target; `what` names the original in the message. */
export function targetLanguage(originalLanguage: Language, language: Language, what: string, path = 'language'): void {
  if (language === originalLanguage) {
    fail('validation', [{ path, message: `${language} is ${what} language, not a translation` }]);
  }
}

interface ReadFile {
  stats: { paragraphs: number; footnotes: number; notes: number; links: number; tables: number };
  warnings: ImportWarningCode[];
}

/** What came in from a file, for the inspect and receive answers. */
export function importSummary(read: ReadFile, words: number, controlNumber: string): InspectResult['imported'] {
  return {
    ...read.stats,
    words,
    controlNumber,
    warnings: read.warnings.map((code) => ({ code, message: IMPORT_WARNINGS[code] })),
  };
}

/** The inspect answer: the file against the sending (or the original when never sent) and what it would replace. */
export function inspectResult(
  report: AlignmentReport,
  sending: { sentAt: string } | undefined,
  imported: InspectResult['imported'],
  existingWords: number,
  wouldOverwrite: boolean,
): InspectResult {
  return {
    report,
    against: sending ? 'snapshot' : 'original',
    sentAt: sending?.sentAt ?? null,
    imported,
    wouldOverwrite,
    existingWords,
  };
}

/** A receive writes only a file that aligns and text it does not replace, unless the user said otherwise. */
export function checkConsent(
  result: InspectResult,
  input: { acceptMismatches: boolean; replaceExisting: boolean },
  overwriteMessage: string,
): void {
  if (!result.report.matches && !input.acceptMismatches) {
    fail(
      'import_mismatch',
      result.report.issues.slice(0, 50).map((issue) => ({ path: 'file', message: issue.message })),
    );
  }
  if (result.wouldOverwrite && !input.replaceExisting) {
    refuse('would_overwrite', 'replaceExisting', overwriteMessage);
  }
}

/** Marks the sending a file answered as received. */
export async function markReceived(
  db: Store,
  table: 'translationSnapshots' | 'sessionTextSendings',
  sending: { id: string } | undefined,
): Promise<void> {
  if (sending) await markSendingReceived(db, table, sending.id, now());
}

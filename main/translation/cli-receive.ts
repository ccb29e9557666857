import type { InspectResult } from '../../shared/api/translation-procedures';
import type { ParsedArgs } from '../cli/options';

/* What the two receive commands (a document's translation, the session's texts) share. */

/** The user's consent to a file that does not align (--accept-mismatches) or that replaces text (--replace). */
export const consentFlags = (parsed: ParsedArgs) => ({
  acceptMismatches: parsed.flags.has('accept-mismatches'),
  replaceExisting: parsed.flags.has('replace'),
});

/** What a receive prints of how the file aligned and what came in differently. */
export const receiveReport = (
  inspection: InspectResult,
  result: { imported: { warnings: { message: string }[] } },
) => ({
  footnotes: inspection.report.imported.footnotes,
  issues: inspection.report.issues.map((i) => i.message),
  warnings: result.imported.warnings.map((w) => w.message),
});

import type { TFunction } from 'i18next';

const KNOWN = [
  'tables_flattened',
  'line_breaks',
  'drawings_left_out',
  'endnotes_as_footnotes',
  'footnote_without_text',
  'links_dropped',
  'questions_filled',
] as const;

/** An import warning in the screen's language, from its code (main's `message` is English, for the CLI). */
export function warningText(t: TFunction, warning: { code: string; count?: number }): string {
  const code = (KNOWN as readonly string[]).includes(warning.code) ? warning.code : 'other';
  return t(`translation.warnings.${code}`, { count: warning.count ?? 0 });
}

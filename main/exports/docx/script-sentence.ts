import { TextRun } from 'docx';
import type { i18n } from 'i18next';
import type { Language } from '../../../shared/domain/languages';
import { LANGUAGE_TAGS } from './styles';

/**
 * A value put into a sentence template that must stay a run of its own: a name of a person or a symbol
 * (the do-not-translate style), or a text that fell back to another language (tagged with its `w:lang`).
 */
export interface MarkedValue {
  text: string;
  style?: string;
  lang?: Language;
}

export type SentenceValue = string | number | MarkedValue;

// Private-use characters: they cannot come from a template or the user's text in a sentence we split.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** A value marked for `sentenceRuns`; it may sit inside another value (a list of symbols, a phrase). */
export function mark(values: MarkedValue[], value: MarkedValue): string {
  values.push(value);
  return `${OPEN}${values.length - 1}${CLOSE}`;
}

/**
 * The runs of a sentence from the document namespace: the template's text in the document's own language,
 * each marked value a run in its style or language. One run per stretch of uniform style.
 */
export function sentenceRuns(
  t: i18n['t'],
  key: string,
  values: Record<string, SentenceValue>,
  marked: readonly MarkedValue[],
  lang: Language,
): TextRun[] {
  const text = t(key, values) as string;
  const runs: TextRun[] = [];
  for (const part of text.split(new RegExp(`(${OPEN}\\d+${CLOSE})`))) {
    if (!part) continue;
    const index = part.startsWith(OPEN) ? Number(part.slice(1, -1)) : -1;
    const value = marked[index];
    if (!value) {
      runs.push(new TextRun(part));
      continue;
    }
    const tag = value.lang && value.lang !== lang ? LANGUAGE_TAGS[value.lang] : null;
    runs.push(
      new TextRun({
        text: value.text,
        ...(value.style ? { style: value.style } : {}),
        ...(tag ? { language: { value: tag } } : {}),
      }),
    );
  }
  return runs;
}

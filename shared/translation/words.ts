import { wordCount } from '../content/helpers';
import type { StoredContent } from '../content/schema';

/**
 * Words as a translator is paid for them: the same rule as shared/content' wordCount (a word
 * starts with a letter or digit and runs through letters, digits and the joiners of "AG/RES.",
 * "2,988" or "don't"), so the counts of a version and of its changes add up.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,/:@%&_-]*/gu;

export const countWords = (text: string): number => (text.match(WORD) ?? []).length;

/** The words of a text, for a word-level comparison. */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Words of a version's title block, body and footnotes (the guiding questions are the session's, counted apart). */
export const versionWords = (content: StoredContent | null): number => (content ? wordCount(content) : 0);

/*
 * What a user types in the search field, as an FTS5 query that cannot be a syntax error: each word
 * and each "quoted phrase" becomes an FTS5 string (a double quote inside doubled), so AND, OR, NOT,
 * NEAR, *, ^, :, parentheses and a lone quote are only text. Every word is searched as a prefix
 * ("migra" finds "migración"); a quoted phrase is searched as written. All terms must match.
 */

const TERM = /"([^"]*)"?|([^\s"]+)/g;
/** A term with no letter or digit would be an empty FTS5 string, which matches nothing: left out. */
const HAS_WORD = /[\p{L}\p{N}]/u;

const ftsString = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The FTS5 query for the user's text; null when the text holds no word to search. */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const match of input.matchAll(TERM)) {
    const [, phrase, word] = match;
    if (phrase !== undefined && HAS_WORD.test(phrase)) terms.push(ftsString(phrase));
    if (word !== undefined && HAS_WORD.test(word)) terms.push(`${ftsString(word)}*`);
  }
  return terms.length > 0 ? terms.join(' ') : null;
}

/** The markers FTS5's snippet() puts around a match: private-use characters no stored text holds. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A snippet as parts to render as text, the matches marked: never HTML. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(MATCH_START).entries()) {
    const [inside, after] = index === 0 ? [undefined, piece] : splitOnce(piece, MATCH_END);
    if (inside) parts.push({ text: inside, match: true });
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

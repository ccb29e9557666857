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

/** One term of a query: its words as the index holds them, the last one a prefix or not. */
export interface QueryTerm {
  tokens: string[];
  prefix: boolean;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** A word as the index's tokenizer (unicode61, remove_diacritics 2) folds it: no accents, lower case. */
export const foldToken = (token: string): string => token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The terms of the user's text, as the index reads them. */
export function queryTerms(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const [, phrase, word] of input.matchAll(TERM)) {
    const text = phrase ?? word ?? '';
    if (!HAS_WORD.test(text)) continue;
    terms.push({ tokens: [...text.matchAll(TOKEN)].map((m) => foldToken(m[0])), prefix: phrase === undefined });
  }
  return terms;
}

/** The FTS5 query for the user's text; null when the text holds no word to search. */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const [, phrase, word] of input.matchAll(TERM)) {
    if (phrase !== undefined && HAS_WORD.test(phrase)) terms.push(ftsString(phrase));
    if (word !== undefined && HAS_WORD.test(word)) terms.push(`${ftsString(word)}*`);
  }
  return terms.length > 0 ? terms.join(' ') : null;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Words of context around the first match. */
const CONTEXT_BEFORE = 6;
const SNIPPET_WORDS = 24;

/**
 * The text around the first match, the matched words marked, as parts to render as text (never
 * HTML). Words are matched as the index matched them (accents and case folded, the last word of a
 * term as a prefix); FTS5's own snippet() would re-run the query once per hit, which costs more than
 * the search on a common prefix.
 */
export function snippetOf(text: string, terms: readonly QueryTerm[]): SnippetPart[] {
  const words = [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldToken(m[0]),
  }));
  const marked = new Array<boolean>(words.length).fill(false);
  const matchesAt = (term: QueryTerm, at: number) =>
    term.tokens.every((token, k) => {
      const word = words[at + k]?.folded;
      if (word === undefined) return false;
      return term.prefix && k === term.tokens.length - 1 ? word.startsWith(token) : word === token;
    });
  // a phrase's words are one mark, with what stands between them
  const spans: [number, number][] = [];
  for (let at = 0; at < words.length; at++) {
    for (const term of terms) {
      if (term.tokens.length === 0 || !matchesAt(term, at)) continue;
      spans.push([at, at + term.tokens.length - 1]);
      for (let k = 0; k < term.tokens.length; k++) marked[at + k] = true;
    }
  }
  const first = marked.indexOf(true);
  const from = first <= CONTEXT_BEFORE ? 0 : first - CONTEXT_BEFORE;
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  if (words.length === 0) return [{ text, match: false }];
  const start = from === 0 ? 0 : words[from]!.start;
  const end = to === words.length ? text.length : words[to - 1]!.end;
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece !== '') parts.push({ text: piece, match });
  };
  if (from > 0) push('…', false);
  let cursor = start;
  for (const [a, b] of mergeSpans(spans)) {
    if (b < from || a >= to) continue;
    const markStart = words[Math.max(a, from)]!.start;
    const markEnd = words[Math.min(b, to - 1)]!.end;
    push(text.slice(cursor, markStart), false);
    push(text.slice(markStart, markEnd), true);
    cursor = markEnd;
  }
  push(text.slice(cursor, end), false);
  if (to < words.length) push('…', false);
  return mergeText(parts);
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([...span]);
  }
  return out;
}

/** Neighbouring unmarked pieces as one ("…" and the text after it). */
function mergeText(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && !last.match && !part.match) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

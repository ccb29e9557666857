import type { StoredContent } from '../content/schema';
import { passagesOf, TITLE_FIELDS, titleText, type PassageKind, type TitleField } from './units';
import { countWords, versionWords, wordsOf } from './words';

/*
 * What changed in the original since a snapshot of it was sent to a translator: per passage
 * (title block field, paragraph, heading, list item…) and per footnote, with the old and the new
 * text. Unchanged passages are matched by equal text (common head and tail first, then a longest
 * common subsequence of the rest); among what is left, a removed and an added passage that share
 * enough words are one changed passage (and where as many passages went out as came in, each is
 * a rewrite of the one it replaced).
 */

export type ChangeKind = 'changed' | 'added' | 'removed';

export interface PassageChange {
  where: 'title' | 'paragraph' | 'footnote';
  change: ChangeKind;
  /** For the body: the passage's kind ('heading', 'listItem'…); for a footnote 'footnote'; for the title block its field. */
  kind: PassageKind | 'footnote' | TitleField;
  /** Its number in the current original (paragraph or footnote number), null when removed. */
  number: number | null;
  /** Its number in the snapshot that was sent, null when added. */
  sentNumber: number | null;
  old: string | null;
  new: string | null;
  /** Words the translator has to look at: of the new text (added, changed), 0 for a removal. */
  words: number;
  /** Words inserted or replaced in a changed passage (a word-level comparison), all words of an added one. */
  changedWords: number;
}

export interface ChangeReport {
  changes: PassageChange[];
  /** Words of the current original and of the snapshot. */
  words: { current: number; sent: number };
  /** Words of the new text of changed and added passages; and the inserted or replaced words alone. */
  changedPassageWords: number;
  changedWords: number;
}

interface Item {
  text: string;
  kind: PassageChange['kind'];
  number: number;
}

const LCS_CELLS = 4_000_000;

/** Indexes matched by equal text, in order: [i in a, j in b] (common head and tail, then an LCS of the rest). */
export function matchEqual(a: readonly string[], b: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    pairs.push([head, head]);
    head += 1;
  }
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
    tail += 1;
  const ma = a.slice(head, a.length - tail);
  const mb = b.slice(head, b.length - tail);
  const n = ma.length;
  const m = mb.length;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= LCS_CELLS) {
    const width = m + 1;
    const len = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        len[i * width + j] =
          ma[i] === mb[j]
            ? len[(i + 1) * width + j + 1]! + 1
            : Math.max(len[(i + 1) * width + j]!, len[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (ma[i] === mb[j]) {
        pairs.push([head + i, head + j]);
        i += 1;
        j += 1;
      } else if (len[(i + 1) * width + j]! >= len[i * width + j + 1]!) i += 1;
      else j += 1;
    }
  }
  for (let k = 0; k < tail; k++) pairs.push([a.length - tail + k, b.length - tail + k]);
  return pairs;
}

/** Words of `after` that are not in `before` in order (inserted or replaced), by a word-level LCS. */
export function changedWordCount(before: string, after: string): number {
  const a = wordsOf(before);
  const b = wordsOf(after);
  if (a.length * b.length > LCS_CELLS) return b.length;
  const kept = matchEqual(a, b).length;
  return b.length - kept;
}

function similar(a: string, b: string): boolean {
  const wa = new Set(wordsOf(a.toLowerCase()));
  const wb = new Set(wordsOf(b.toLowerCase()));
  if (wa.size === 0 || wb.size === 0) return false;
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / Math.max(wa.size, wb.size) >= 0.3;
}

function compareItems(where: PassageChange['where'], sent: Item[], current: Item[]): PassageChange[] {
  const equal = matchEqual(
    sent.map((s) => `${s.kind}\u0000${s.text}`),
    current.map((c) => `${c.kind}\u0000${c.text}`),
  );
  const out: PassageChange[] = [];
  const gap = (si: number, sj: number, ci: number, cj: number) => {
    const removed = sent.slice(si, sj);
    const added = current.slice(ci, cj);
    // as many passages out as in, in the same place: each one rewritten; otherwise a removed
    // passage and a later added one that share enough words are one change
    const sameCount = removed.length === added.length;
    let r = 0;
    for (const [index, item] of added.entries()) {
      const at = sameCount ? index : removed.findIndex((old, k) => k >= r && similar(old.text, item.text));
      if (at >= 0) {
        for (const old of removed.slice(r, at)) out.push(removal(where, old));
        const old = removed[at]!;
        out.push({
          where,
          change: 'changed',
          kind: item.kind,
          number: item.number,
          sentNumber: old.number,
          old: old.text,
          new: item.text,
          words: countWords(item.text),
          changedWords: changedWordCount(old.text, item.text),
        });
        r = at + 1;
      } else {
        out.push({
          where,
          change: 'added',
          kind: item.kind,
          number: item.number,
          sentNumber: null,
          old: null,
          new: item.text,
          words: countWords(item.text),
          changedWords: countWords(item.text),
        });
      }
    }
    for (const old of removed.slice(r)) out.push(removal(where, old));
  };
  let si = 0;
  let ci = 0;
  for (const [i, j] of [...equal, [sent.length, current.length] as [number, number]]) {
    if (i > si || j > ci) gap(si, i, ci, j);
    si = i + 1;
    ci = j + 1;
  }
  return out;
}

const removal = (where: PassageChange['where'], old: Item): PassageChange => ({
  where,
  change: 'removed',
  kind: old.kind,
  number: null,
  sentNumber: old.number,
  old: old.text,
  new: null,
  words: 0,
  changedWords: 0,
});

/** What changed from `sent` (the snapshot a translator got) to `current` (the original now). */
export function diffContents(sent: StoredContent, current: StoredContent): ChangeReport {
  const changes: PassageChange[] = [];
  for (const field of TITLE_FIELDS) {
    const before = titleText(sent, field);
    const after = titleText(current, field);
    if (before === after) continue;
    const change: ChangeKind = !before ? 'added' : !after ? 'removed' : 'changed';
    changes.push({
      where: 'title',
      change,
      kind: field,
      number: null,
      sentNumber: null,
      old: before || null,
      new: after || null,
      words: countWords(after),
      changedWords: changedWordCount(before, after),
    });
  }
  const a = passagesOf(sent.body);
  const b = passagesOf(current.body);
  const items = (list: { text: string; number: number; kind?: PassageKind }[], kind?: 'footnote'): Item[] =>
    list.map((p) => ({ text: p.text, number: p.number, kind: kind ?? p.kind ?? 'paragraph' }));
  changes.push(...compareItems('paragraph', items(a.passages), items(b.passages)));
  changes.push(...compareItems('footnote', items(a.footnotes, 'footnote'), items(b.footnotes, 'footnote')));
  return {
    changes,
    words: { current: versionWords(current), sent: versionWords(sent) },
    changedPassageWords: changes.reduce((sum, c) => sum + c.words, 0),
    changedWords: changes.reduce((sum, c) => sum + c.changedWords, 0),
  };
}

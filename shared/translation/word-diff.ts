import { matchEqual } from './diff';

/*
 * A word-level difference between the text of a passage as it was sent and as it is now, for the
 * screen to mark what was taken out and put in. Words are compared whole (as the translator reads
 * them, punctuation attached), and the spaces after a word travel with it, so joining the texts
 * of the kept and deleted parts gives the old text, and of the kept and inserted parts the new.
 */

export type WordDiffPart = { op: 'equal' | 'del' | 'ins'; text: string };

/** A text cut into words, each with the spaces that follow it (leading spaces stand alone). */
const chunks = (text: string): string[] => text.match(/^\s+|\S+\s*/g) ?? [];

export function wordDiff(before: string, after: string): WordDiffPart[] {
  const a = chunks(before);
  const b = chunks(after);
  const pairs = matchEqual(
    a.map((w) => w.trim()),
    b.map((w) => w.trim()),
  );
  const parts: WordDiffPart[] = [];
  const push = (op: WordDiffPart['op'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...pairs, [a.length, b.length] as [number, number]]) {
    push('del', a.slice(i, ai).join(''));
    push('ins', b.slice(j, bj).join(''));
    if (ai < a.length) push('equal', b[bj]!);
    i = ai + 1;
    j = bj + 1;
  }
  return parts;
}

import type { StoredContent } from '../content/schema';
import { passagesOf, TITLE_FIELDS, titleText, type Passage, type PassageKind, type TitleField } from './units';
import { versionWords } from './words';

/*
 * Aligns an imported translation with the original it was made from. The texts differ (that is the
 * point), so passages are matched by their shape: kind (heading level, list depth), how many
 * footnotes and links they hold, the numbers in them ("2988", "56", "2023" survive translation) and
 * their length. A global alignment (Needleman–Wunsch) over the two sequences finds the passages
 * one side lacks; footnotes are matched in order, and a difference in their count is located by
 * the passages that hold them.
 */

export type AlignmentIssueCode =
  | 'paragraph_missing'
  | 'paragraph_extra'
  | 'kind_differs'
  | 'footnotes_differ'
  | 'footnote_count'
  | 'guiding_questions_missing'
  | 'guiding_questions_extra'
  | 'title_missing'
  // the session's texts (shared/translation/session-texts.ts), each named by its key
  | 'text_missing'
  | 'text_extra'
  | 'text_twice'
  | 'text_empty'
  | 'text_footnotes';

export interface AlignmentIssue {
  code: AlignmentIssueCode;
  /** The original's paragraph (passage) number, from 1, where it applies. */
  paragraph?: number;
  /** The imported file's paragraph number, from 1, where it applies. */
  importedParagraph?: number;
  /** A footnote number of the original, where it applies. */
  footnote?: number;
  expected?: string;
  found?: string;
  field?: TitleField;
  /** A session text's key ("item-3.annotation"), where it applies. */
  key?: string;
  /** The same in English, for the CLI and logs; screens build theirs from the code and the numbers. */
  message: string;
}

export interface AlignmentReport {
  /** True when the file has the original's structure: nothing to decide. */
  matches: boolean;
  original: { paragraphs: number; footnotes: number; words: number };
  imported: { paragraphs: number; footnotes: number; words: number };
  issues: AlignmentIssue[];
  /** Matched passage numbers, original → imported (null where one side has none), for a side-by-side view. */
  pairs: [number | null, number | null][];
}

const KIND_NAMES: Record<PassageKind, string> = {
  heading: 'a heading',
  paragraph: 'a paragraph',
  listItem: 'a list item',
  quote: 'a quotation',
  guidingQuestions: 'the guiding questions',
};

const describe = (p: Passage) => (p.kind === 'heading' ? `a level-${p.level} heading` : KIND_NAMES[p.kind]);

/** What the alignment compares of a passage, worked out once. */
interface Shape {
  passage: Passage;
  numbers: Set<string>;
}

const shapeOf = (passage: Passage): Shape => ({ passage, numbers: new Set(passage.text.match(/\d+/g) ?? []) });

/** How alike two passages are in shape, higher is better; about 0 for unrelated ones. */
function similarity(x: Shape, y: Shape): number {
  const a = x.passage;
  const b = y.passage;
  let score = 0;
  if (a.kind === b.kind) score += a.kind === 'guidingQuestions' ? 8 : 2;
  else if (a.kind === 'guidingQuestions' || b.kind === 'guidingQuestions') score -= 4;
  else score -= 1;
  if (a.kind === b.kind && a.level === b.level) score += 1;
  score += a.footnotes.length === b.footnotes.length ? 2 : -2 * Math.abs(a.footnotes.length - b.footnotes.length);
  if (a.links === b.links) score += 0.5;
  if (x.numbers.size + y.numbers.size > 0) {
    let common = 0;
    for (const n of x.numbers) if (y.numbers.has(n)) common += 1;
    score += (3 * common) / Math.max(x.numbers.size, y.numbers.size) - 1;
  }
  const la = a.text.length;
  const lb = b.text.length;
  if (la > 0 && lb > 0) {
    const ratio = Math.max(la, lb) / Math.min(la, lb);
    score += ratio <= 1.6 ? 1 : ratio <= 3 ? 0 : -1;
  }
  return score;
}

const GAP = -2.5;
/** Beyond this many cells, passages are paired in order instead (a paper of 2,000 passages is far beyond any session). */
const MAX_CELLS = 4_000_000;

/** Pairs of indexes (0-based) into a and b, in order; -1 where one side has no passage. */
function alignPassages(pa: readonly Passage[], pb: readonly Passage[]): [number, number][] {
  const a = pa.map(shapeOf);
  const b = pb.map(shapeOf);
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < Math.max(n, m); i++) pairs.push([i < n ? i : -1, i < m ? i : -1]);
    return pairs;
  }
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width); // 1 diagonal, 2 up (a only), 3 left (b only)
  for (let i = 1; i <= n; i++) {
    score[i * width] = i * GAP;
    move[i * width] = 2;
  }
  for (let j = 1; j <= m; j++) {
    score[j] = j * GAP;
    move[j] = 3;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diagonal = score[(i - 1) * width + j - 1]! + similarity(a[i - 1]!, b[j - 1]!);
      const up = score[(i - 1) * width + j]! + GAP;
      const left = score[i * width + j - 1]! + GAP;
      const best = Math.max(diagonal, up, left);
      score[i * width + j] = best;
      move[i * width + j] = best === diagonal ? 1 : best === up ? 2 : 3;
    }
  }
  const pairs: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const step = move[i * width + j];
    if (step === 1) pairs.push([--i, --j]);
    else if (step === 2) pairs.push([--i, -1]);
    else pairs.push([-1, --j]);
  }
  return pairs.reverse();
}

/** Aligns `imported` with `original` and reports every difference of structure, located. */
export function alignContent(original: StoredContent, imported: StoredContent): AlignmentReport {
  const a = passagesOf(original.body);
  const b = passagesOf(imported.body);
  const issues: AlignmentIssue[] = [];

  for (const field of TITLE_FIELDS) {
    if (titleText(original, field) && !titleText(imported, field)) {
      issues.push({ code: 'title_missing', field, message: `the title block's ${field} is missing` });
    }
  }

  const pairs = alignPassages(a.passages, b.passages);
  let lastOriginal = 0;
  for (const [i, j] of pairs) {
    const pa = i >= 0 ? a.passages[i]! : null;
    const pb = j >= 0 ? b.passages[j]! : null;
    if (pa && !pb) {
      issues.push(
        pa.kind === 'guidingQuestions'
          ? {
              code: 'guiding_questions_missing',
              paragraph: pa.number,
              message: 'the guiding questions block is missing',
            }
          : {
              code: 'paragraph_missing',
              paragraph: pa.number,
              message: `paragraph ${pa.number} is missing${pa.footnotes.length ? ` (with footnote ${pa.footnotes.join(', ')})` : ''}`,
            },
      );
    } else if (pb && !pa) {
      issues.push(
        pb.kind === 'guidingQuestions'
          ? {
              code: 'guiding_questions_extra',
              importedParagraph: pb.number,
              message: `the file has guiding questions the original does not have (its paragraph ${pb.number})`,
            }
          : {
              code: 'paragraph_extra',
              importedParagraph: pb.number,
              ...(lastOriginal ? { paragraph: lastOriginal } : {}),
              message: `paragraph ${pb.number} of the file is one more${lastOriginal ? ` (after paragraph ${lastOriginal} of the original)` : ' (before the first paragraph of the original)'}`,
            },
      );
    } else if (pa && pb) {
      lastOriginal = pa.number;
      if (pa.kind !== pb.kind || (pa.kind === 'heading' && pa.level !== pb.level)) {
        issues.push({
          code: 'kind_differs',
          paragraph: pa.number,
          importedParagraph: pb.number,
          expected: pa.kind,
          found: pb.kind,
          message: `paragraph ${pa.number} is ${describe(pa)} in the original and ${describe(pb)} in the file`,
        });
      }
      if (pa.footnotes.length !== pb.footnotes.length) {
        const more = pb.footnotes.length > pa.footnotes.length;
        const first = pa.footnotes[pb.footnotes.length] ?? pa.footnotes.at(-1);
        issues.push({
          code: 'footnotes_differ',
          paragraph: pa.number,
          importedParagraph: pb.number,
          ...(first !== undefined ? { footnote: first } : {}),
          expected: String(pa.footnotes.length),
          found: String(pb.footnotes.length),
          message:
            `paragraph ${pa.number} holds ${pa.footnotes.length} footnote(s) in the original` +
            (pa.footnotes.length ? ` (${pa.footnotes.join(', ')})` : '') +
            ` and ${pb.footnotes.length} in the file: ` +
            (more ? 'a footnote more' : `footnote ${first} is missing`),
        });
      }
    }
    if (pa) lastOriginal = pa.number;
  }

  if (a.footnotes.length !== b.footnotes.length) {
    const diff = b.footnotes.length - a.footnotes.length;
    issues.push({
      code: 'footnote_count',
      expected: String(a.footnotes.length),
      found: String(b.footnotes.length),
      message: `the original has ${a.footnotes.length} footnotes and the file ${b.footnotes.length}: ${Math.abs(diff)} ${diff > 0 ? 'more' : 'missing'}`,
    });
  }

  return {
    matches: issues.length === 0,
    original: { paragraphs: a.passages.length, footnotes: a.footnotes.length, words: versionWords(original) },
    imported: { paragraphs: b.passages.length, footnotes: b.footnotes.length, words: versionWords(imported) },
    issues,
    pairs: pairs.map(([i, j]) => [i >= 0 ? a.passages[i]!.number : null, j >= 0 ? b.passages[j]!.number : null]),
  };
}

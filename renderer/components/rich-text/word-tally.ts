import type { Node as PmNode } from '@tiptap/pm/model';
import { AddMarkStep, AttrStep, RemoveMarkStep, type Transform } from '@tiptap/pm/transform';
import { blockWords } from '../../../shared/content/helpers';
import { storedBlocksOf } from './editor-content';

/*
 * The words of a text and its footnotes while it is edited, counted as the translators' count is
 * (shared/content/helpers.ts, wordCount). Counted block by block when the text opens, then kept from
 * each transaction's steps: a key press counts again only the top-level block it changed, whose
 * stored form the save reuses (editor-content.ts keeps it by node).
 */

export interface WordTally {
  /** The words of each top-level block of the document, footnotes included. */
  perBlock: readonly number[];
  total: number;
}

const wordsOf = (node: PmNode) => storedBlocksOf(node).reduce((sum, block) => sum + blockWords(block), 0);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The tally of the whole document. */
export function tallyOf(doc: PmNode): WordTally {
  const perBlock: number[] = [];
  doc.forEach((node) => perBlock.push(wordsOf(node)));
  return { perBlock, total: sum(perBlock) };
}

/** The top-level block at `pos`, or the last one past the end. */
const blockAt = (doc: PmNode, pos: number) =>
  pos >= doc.content.size ? doc.childCount - 1 : doc.resolve(Math.max(0, pos)).index(0);

/**
 * Where the steps of `tr` changed its document: the span of positions before it and after it, each in
 * the first and the last document. Null when no step changed a word (marks only, such as bold or a note).
 */
function changedSpan(tr: Transform): { before: [number, number]; after: [number, number] } | null {
  const before: [number, number] = [Infinity, -Infinity];
  const after: [number, number] = [Infinity, -Infinity];
  tr.steps.forEach((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return;
    const back = tr.mapping.slice(0, i).invert();
    const ahead = tr.mapping.slice(i + 1);
    const mark = (oldStart: number, oldEnd: number, newStart: number, newEnd: number) => {
      before[0] = Math.min(before[0], back.map(oldStart, -1));
      before[1] = Math.max(before[1], back.map(oldEnd, 1));
      after[0] = Math.min(after[0], ahead.map(newStart, -1));
      after[1] = Math.max(after[1], ahead.map(newEnd, 1));
    };
    // A footnote's text is an attribute of its node, set in place: the step maps no range.
    if (step instanceof AttrStep) mark(step.pos, step.pos + 1, step.pos, step.pos + 1);
    else tr.mapping.maps[i]!.forEach(mark);
  });
  return before[0] === Infinity ? null : { before, after };
}

/** The tally after `tr`, given the one before it: the same object where no word can have changed. */
export function nextTally(tally: WordTally, tr: Transform): WordTally {
  if (!tr.docChanged) return tally;
  const span = changedSpan(tr);
  if (!span) return tally;
  const old = tr.before;
  const doc = tr.doc;
  // Blocks before the span and after it are the same blocks in both documents: count again those between.
  const unchangedAfter = Math.min(
    old.childCount - 1 - blockAt(old, span.before[1]),
    doc.childCount - 1 - blockAt(doc, span.after[1]),
  );
  const lastOld = old.childCount - 1 - unchangedAfter;
  const lastNew = doc.childCount - 1 - unchangedAfter;
  const first = Math.min(blockAt(old, span.before[0]), blockAt(doc, span.after[0]), lastOld + 1, lastNew + 1);
  const counted: number[] = [];
  for (let i = first; i <= lastNew; i += 1) counted.push(wordsOf(doc.child(i)));
  const perBlock = [...tally.perBlock.slice(0, first), ...counted, ...tally.perBlock.slice(lastOld + 1)];
  const total = tally.total - sum(tally.perBlock.slice(first, lastOld + 1)) + sum(counted);
  return { perBlock, total };
}

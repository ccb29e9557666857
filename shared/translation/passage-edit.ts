import { footnoteNumbers } from '../content/helpers';
import type { DocNode, FootnoteParagraph, InlineNode } from '../content/schema';
import { passageBlocks } from './units';

/*
 * Edits of one passage or one footnote, addressed by the numbers a translator and the alignment use
 * (passage N, footnote N), so the side-by-side view can edit either version in place. Each returns
 * a new body and leaves the one it was given as it was.
 */

/** The body with passage `number`'s inline content replaced; unchanged where there is no such text passage. */
export function replacePassage(doc: DocNode, number: number, inlines: InlineNode[]): DocNode {
  const block = passageBlocks(doc)[number - 1]?.block;
  return block ? swap(doc, block, { ...block, content: inlines }) : doc;
}

/** The body with footnote `number`'s paragraphs replaced; unchanged where there is no such footnote. */
export function replaceFootnote(doc: DocNode, number: number, paragraphs: FootnoteParagraph[]): DocNode {
  const footnote = footnoteNumbers(doc)[number - 1]?.node;
  return footnote ? swap(doc, footnote, { ...footnote, content: paragraphs }) : doc;
}

/**
 * `node` with `target` (found by identity) replaced by `next`: only the nodes on the way down are
 * copied, so every other passage keeps its identity and a view of a 1,000-passage paper redraws
 * only the row that changed.
 */
function swap<T>(node: T, target: object, next: object): T {
  if (node === target) return next as T;
  const content = (node as { content?: unknown }).content;
  if (!Array.isArray(content)) return node;
  let changed = false;
  const out = content.map((child: unknown) => {
    const swapped = swap(child, target, next);
    if (swapped !== child) changed = true;
    return swapped;
  });
  return changed ? { ...node, content: out } : node;
}

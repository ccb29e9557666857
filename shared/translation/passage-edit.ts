import { footnoteNumbers } from '../documents/helpers';
import type { DocNode, FootnoteParagraph, InlineNode } from '../documents/schema';
import { passageBlocks } from './units';

/*
 * Edits of one passage or one footnote, addressed by the numbers a translator and the alignment use
 * (passage N, footnote N), so the side-by-side view can edit either version in place. Each returns
 * a new body and leaves the one it was given as it was.
 */

/** The inline content of passage `number` (from 1); null for the guiding questions or a number out of range. */
export function passageInlines(doc: DocNode, number: number): InlineNode[] | null {
  const block = passageBlocks(doc)[number - 1]?.block;
  return block ? (block.content ?? []) : null;
}

/** The body with passage `number`'s inline content replaced; unchanged where there is no such text passage. */
export function replacePassage(doc: DocNode, number: number, inlines: InlineNode[]): DocNode {
  const copy = structuredClone(doc);
  const block = passageBlocks(copy)[number - 1]?.block;
  if (!block) return doc;
  block.content = structuredClone(inlines);
  return copy;
}

/** The paragraphs of footnote `number` (from 1, in reading order); null where there is none. */
export function footnoteParagraphs(doc: DocNode, number: number): FootnoteParagraph[] | null {
  return footnoteNumbers(doc)[number - 1]?.node.content ?? null;
}

/** The body with footnote `number`'s paragraphs replaced; unchanged where there is no such footnote. */
export function replaceFootnote(doc: DocNode, number: number, paragraphs: FootnoteParagraph[]): DocNode {
  const copy = structuredClone(doc);
  const footnote = footnoteNumbers(copy)[number - 1]?.node;
  if (!footnote) return doc;
  footnote.content = structuredClone(paragraphs);
  return copy;
}

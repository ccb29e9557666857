import type { DocNode, FootnoteParagraph, TextNode } from '../../../../shared/documents/schema';
import {
  footnoteParagraphs,
  passageInlines,
  replaceFootnote,
  replacePassage,
} from '../../../../shared/translation/passage-edit';
import { passageBlocks } from '../../../../shared/translation/units';

/*
 * A passage or a footnote as the small document a cell editor edits, and back. A list item or a
 * quoted paragraph is edited as a paragraph (its place in the list or quote does not change); a
 * heading stays a heading.
 */

export function passageCell(doc: DocNode, number: number): DocNode | null {
  const inlines = passageInlines(doc, number);
  if (!inlines) return null;
  const block = passageBlocks(doc)[number - 1]?.block;
  return {
    type: 'doc',
    content: [
      block?.type === 'heading'
        ? { type: 'heading', attrs: block.attrs, content: inlines }
        : { type: 'paragraph', content: inlines },
    ],
  };
}

export function footnoteCell(doc: DocNode, number: number): DocNode | null {
  const paragraphs = footnoteParagraphs(doc, number);
  return paragraphs ? { type: 'doc', content: paragraphs } : null;
}

const hasText = (cell: DocNode) =>
  cell.content.some((b) => (b.type === 'paragraph' || b.type === 'heading') && (b.content ?? []).length > 0);

/** The body with the passage's new words; null when the cell was emptied (a passage is removed in the editor, not here). */
export function applyPassageCell(doc: DocNode, number: number, cell: DocNode): DocNode | null {
  const block = cell.content[0];
  if (!hasText(cell) || !block || (block.type !== 'paragraph' && block.type !== 'heading')) return null;
  return replacePassage(doc, number, block.content ?? []);
}

/** The body with the footnote's new words; null when the cell was emptied. */
export function applyFootnoteCell(doc: DocNode, number: number, cell: DocNode): DocNode | null {
  if (!hasText(cell)) return null;
  const paragraphs: FootnoteParagraph[] = cell.content.map((b) => {
    const text = b.type === 'paragraph' ? (b.content ?? []).filter((i): i is TextNode => i.type === 'text') : [];
    return text.length ? { type: 'paragraph', content: text } : { type: 'paragraph' };
  });
  return replaceFootnote(doc, number, paragraphs);
}

import type { DocNode, FootnoteParagraph, TextNode } from '../../../../shared/content/schema';
import { replaceFootnote, replacePassage } from '../../../../shared/translation/passage-edit';
import type { CellData } from './side-cells';

/*
 * A passage or a footnote as the small document a cell editor edits, and back. A list item or a
 * quoted paragraph is edited as a paragraph (its place in the list or quote does not change); a
 * heading stays a heading.
 */

export function cellDoc(cell: CellData): DocNode | null {
  if (cell?.kind === 'passage') return { type: 'doc', content: [cell.block] };
  if (cell?.kind === 'footnote') return { type: 'doc', content: cell.node.content };
  return null;
}

const hasText = (cell: DocNode) =>
  cell.content.some((b) => (b.type === 'paragraph' || b.type === 'heading') && (b.content ?? []).length > 0);

/**
 * The body with the cell's new words in passage or footnote `number`; null when the cell was
 * emptied (a passage or footnote is removed in the editor, where the other versions are in view).
 */
export function applyCell(doc: DocNode, where: 'passage' | 'footnote', number: number, cell: DocNode): DocNode | null {
  if (!hasText(cell)) return null;
  if (where === 'passage') {
    const block = cell.content[0];
    return block?.type === 'paragraph' || block?.type === 'heading'
      ? replacePassage(doc, number, block.content ?? [])
      : null;
  }
  const paragraphs: FootnoteParagraph[] = cell.content.map((b) => {
    const text = b.type === 'paragraph' ? (b.content ?? []).filter((i): i is TextNode => i.type === 'text') : [];
    return text.length ? { type: 'paragraph', content: text } : { type: 'paragraph' };
  });
  return replaceFootnote(doc, number, paragraphs);
}

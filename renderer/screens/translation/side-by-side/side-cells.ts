import type { DocNode, FootnoteNode, HeadingNode, ParagraphNode } from '../../../../shared/content/schema';
import { footnoteNumbers } from '../../../../shared/content/helpers';
import { passageBlocks } from '../../../../shared/translation/units';
import type { SideRow } from './side-rows';

/** What one cell shows: a passage's block with the number of its first footnote, a footnote, or the questions. */
export type CellData =
  | { kind: 'passage'; number: number; block: ParagraphNode | HeadingNode; firstFootnote: number }
  | { kind: 'questions'; number: number }
  | { kind: 'footnote'; number: number; node: FootnoteNode }
  | null;

/** A body's passages and footnotes indexed once per edit, so each row finds its cell without walking the body. */
export function cellIndex(doc: DocNode) {
  const blocks = passageBlocks(doc);
  const footnotes = footnoteNumbers(doc);
  let seen = 0;
  const firstFootnotes = blocks.map(({ block }) => {
    const first = seen + 1;
    seen += (block?.content ?? []).filter((inline) => inline.type === 'footnote').length;
    return first;
  });
  return (row: SideRow, side: 'original' | 'translation'): CellData => {
    if (row.where === 'title') return null;
    const number = row[side];
    if (number === null) return null;
    if (row.where === 'footnote') {
      const node = footnotes[number - 1]?.node;
      return node ? { kind: 'footnote', number, node } : null;
    }
    const block = blocks[number - 1]?.block;
    if (block === undefined) return null;
    return block === null
      ? { kind: 'questions', number }
      : { kind: 'passage', number, block, firstFootnote: firstFootnotes[number - 1] ?? 1 };
  };
}

/** Whether two cells show the same thing (the stored nodes are kept where an edit did not touch them). */
export function sameCell(a: CellData, b: CellData): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind || a.number !== b.number) return false;
  if (a.kind === 'passage' && b.kind === 'passage') return a.block === b.block && a.firstFootnote === b.firstFootnote;
  if (a.kind === 'footnote' && b.kind === 'footnote') return a.node === b.node;
  return true;
}

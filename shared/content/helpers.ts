import {
  CONTENT_SCHEMA_VERSION,
  forEachInline,
  type BlockNode,
  type DocNode,
  type FootnoteNode,
  type FootnoteParagraph,
  type InlineNode,
  type StoredContent,
  type TextNode,
} from './schema';

/** A footnote with the number it prints with: its place in the document, from 1. */
export interface NumberedFootnote {
  number: number;
  node: FootnoteNode;
}

/** The footnotes of a body in document order, numbered 1…n: numbers follow the order, never stored. */
export function footnoteNumbers(doc: DocNode): NumberedFootnote[] {
  const out: NumberedFootnote[] = [];
  forEachInline(doc, (inline) => {
    if (inline.type === 'footnote') out.push({ number: out.length + 1, node: inline });
  });
  return out;
}

/** A translator note, where it sits: in the body, or in the footnote with this number. */
export interface TranslatorNoteRef {
  id: string;
  note: string;
  /** The number of the footnote whose text it is anchored in; null in the body. */
  footnote: number | null;
}

/** Every translator note once, in document order. */
export function translatorNotes(doc: DocNode): TranslatorNoteRef[] {
  const seen = new Map<string, TranslatorNoteRef>();
  let footnote = 0;
  const visitText = (text: TextNode, inFootnote: number | null) => {
    for (const mark of text.marks ?? []) {
      if (mark.type === 'translatorNote' && !seen.has(mark.attrs.id)) {
        seen.set(mark.attrs.id, { id: mark.attrs.id, note: mark.attrs.note, footnote: inFootnote });
      }
    }
  };
  forEachInline(doc, (inline) => {
    if (inline.type === 'text') return visitText(inline, null);
    footnote += 1;
    for (const p of inline.content) for (const t of p.content ?? []) visitText(t, footnote);
  });
  return [...seen.values()];
}

const inlineText = (inlines: readonly (InlineNode | TextNode)[] | undefined, withFootnotes: boolean): string =>
  (inlines ?? [])
    .map((inline) => (inline.type === 'text' ? inline.text : withFootnotes ? footnoteText(inline.content) : ''))
    .join('');

/** The plain text of a footnote's paragraphs, one line each. */
export function footnoteText(paragraphs: readonly FootnoteParagraph[]): string {
  return paragraphs.map((p) => inlineText(p.content, false)).join('\n');
}

/** The plain text of blocks, one line per paragraph; footnotes left out (they are not running text). */
export function blocksText(blocks: readonly BlockNode[]): string {
  const lines: string[] = [];
  const walk = (list: readonly BlockNode[]) => {
    for (const block of list) {
      if (block.type === 'paragraph' || block.type === 'heading') lines.push(inlineText(block.content, false));
      else if (block.type === 'bulletList' || block.type === 'orderedList') {
        for (const item of block.content) walk(item.content);
      } else if (block.type === 'blockquote') walk(block.content);
    }
  };
  walk(blocks);
  return lines.join('\n');
}

/** The body as plain text, footnotes left out. */
export const plainText = (doc: DocNode): string => blocksText(doc.content);

const countWords = (text: string): number => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,/:@%&_-]*/gu) ?? []).length;

/** Words of one top-level block of a body, its footnotes' words included. */
export function blockWords(block: BlockNode): number {
  let words = countWords(blocksText([block]));
  forEachInline({ type: 'doc', content: [block] }, (inline) => {
    if (inline.type === 'footnote') words += countWords(footnoteText(inline.content));
  });
  return words;
}

/** Words of the title block, body and footnotes, as a translator would be paid for them. */
export function wordCount(content: StoredContent): number {
  const { titleBlock } = content;
  const title = [titleBlock.documentKindLabel ?? '', titleBlock.title, titleBlock.subtitle, titleBlock.authorship];
  const titleWords = title.reduce((sum, text) => sum + countWords(text), 0);
  return content.body.content.reduce((sum, block) => sum + blockWords(block), titleWords);
}

/** Whether a document has a word anywhere, stopping at the first: wordCount reads a 100-page paper whole. */
export function hasWords(content: StoredContent): boolean {
  const { titleBlock } = content;
  const title = [titleBlock.documentKindLabel ?? '', titleBlock.title, titleBlock.subtitle, titleBlock.authorship];
  return (
    title.some((text) => countWords(text) > 0) ||
    content.body.content.some((block) => countWords(blocksText([block])) > 0) ||
    footnoteNumbers(content.body).some(({ node }) => countWords(footnoteText(node.content)) > 0)
  );
}

/** An empty document, as the editor starts one. */
export function emptyContent(): StoredContent {
  return {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    titleBlock: { title: '', subtitle: '', date: '', authorship: '' },
    body: { type: 'doc', content: [] },
  };
}

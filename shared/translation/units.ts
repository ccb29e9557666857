import { footnoteNumbers, footnoteText } from '../content/helpers';
import type { BlockNode, DocNode, HeadingNode, InlineNode, ParagraphNode, StoredContent } from '../content/schema';

/*
 * A document seen the way a translator and the alignment see it: a sequence of passages (headings,
 * paragraphs, list items, quoted paragraphs, the guiding questions block), numbered from 1 in
 * reading order, and its footnotes numbered from 1 in order. "Paragraph 12" in a report is the
 * 12th passage of this sequence, which is also the 12th paragraph Word shows (the title block and
 * the header table apart).
 */

export type PassageKind = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'guidingQuestions';

export interface Passage {
  /** Its place among the body's passages, from 1. */
  number: number;
  kind: PassageKind;
  /** A heading's level; a list item's depth (1 for a top-level list). */
  level: number;
  /** 'bullet' or 'ordered' for a list item. */
  list?: 'bullet' | 'ordered';
  /** The running text, footnotes left out. */
  text: string;
  /** The numbers of the footnotes it holds, in order. */
  footnotes: number[];
  /** How many links it holds. */
  links: number;
}

export interface FootnotePassage {
  number: number;
  text: string;
  /** The passage that holds its reference. */
  passage: number;
}

export interface DocumentPassages {
  passages: Passage[];
  footnotes: FootnotePassage[];
}

const inlineText = (inlines: readonly InlineNode[] | undefined) =>
  (inlines ?? []).map((i) => (i.type === 'text' ? i.text : '')).join('');

/** Where a passage sits: its block (null for the guiding questions), kind, level and list. */
export interface PassageBlock {
  kind: PassageKind;
  level: number;
  list?: Passage['list'];
  block: ParagraphNode | HeadingNode | null;
}

/**
 * An empty paragraph is no passage: TipTap keeps one after a closing block (the guiding questions)
 * and Word drafts hold blank ones, neither of which a translator translates or a reader counts.
 */
const carriesText = (block: ParagraphNode) =>
  (block.content ?? []).some((i) => i.type === 'footnote' || i.text.trim() !== '');

/** The body's passages in reading order, with the blocks that hold them; the one walk every numbering uses. */
export function passageBlocks(doc: DocNode): PassageBlock[] {
  const out: PassageBlock[] = [];
  const walk = (blocks: readonly BlockNode[], depth: number, quote: boolean, list?: Passage['list']) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
          if (carriesText(block)) {
            out.push({
              kind: list ? 'listItem' : quote ? 'quote' : 'paragraph',
              level: list ? depth : 0,
              block,
              ...(list ? { list } : {}),
            });
          }
          break;
        case 'heading':
          out.push({ kind: 'heading', level: block.attrs.level, block });
          break;
        case 'bulletList':
        case 'orderedList':
          for (const item of block.content) {
            walk(item.content, depth + 1, quote, block.type === 'bulletList' ? 'bullet' : 'ordered');
          }
          break;
        case 'blockquote':
          walk(block.content, depth, true, list);
          break;
        case 'guidingQuestions':
          out.push({ kind: 'guidingQuestions', level: 0, block: null });
          break;
      }
    }
  };
  walk(doc.content, 0, false);
  return out;
}

/** The passages and footnotes of a body, numbered as a reader counts them. */
export function passagesOf(doc: DocNode): DocumentPassages {
  const passages: Passage[] = [];
  const footnotes: FootnotePassage[] = [];
  for (const { kind, level, list, block } of passageBlocks(doc)) {
    const number = passages.length + 1;
    const notes: number[] = [];
    let links = 0;
    let inLink = false;
    for (const inline of block?.content ?? []) {
      if (inline.type === 'footnote') {
        const n = footnotes.length + 1;
        notes.push(n);
        footnotes.push({ number: n, text: footnoteText(inline.content), passage: number });
        inLink = false;
        continue;
      }
      const link = inline.marks?.some((m) => m.type === 'link') ?? false;
      if (link && !inLink) links += 1;
      inLink = link;
    }
    passages.push({
      number,
      kind,
      level,
      text: inlineText(block?.content),
      footnotes: notes,
      links,
      ...(list ? { list } : {}),
    });
  }
  return { passages, footnotes };
}

/** The title block's fields that carry text to translate, in the order they print. */
export const TITLE_FIELDS = ['documentKindLabel', 'title', 'subtitle', 'authorship'] as const;
export type TitleField = (typeof TITLE_FIELDS)[number];

export const titleText = (content: StoredContent, field: TitleField): string => content.titleBlock[field] ?? '';

/** The footnotes' texts of a body, in order. */
export const footnoteTexts = (doc: DocNode): string[] => footnoteNumbers(doc).map((f) => footnoteText(f.node.content));

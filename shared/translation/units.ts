import { footnoteNumbers, footnoteText } from '../documents/helpers';
import type { BlockNode, DocNode, InlineNode, StoredContent } from '../documents/schema';

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

/** The passages and footnotes of a body, numbered as a reader counts them. */
export function passagesOf(doc: DocNode): DocumentPassages {
  const passages: Passage[] = [];
  const footnotes: FootnotePassage[] = [];
  const push = (
    kind: PassageKind,
    level: number,
    inlines: readonly InlineNode[] | undefined,
    list?: Passage['list'],
  ) => {
    const number = passages.length + 1;
    const notes: number[] = [];
    let links = 0;
    let inLink = false;
    for (const inline of inlines ?? []) {
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
      text: inlineText(inlines),
      footnotes: notes,
      links,
      ...(list ? { list } : {}),
    });
  };
  const walk = (blocks: readonly BlockNode[], depth: number, quote: boolean, list?: Passage['list']) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
          push(list ? 'listItem' : quote ? 'quote' : 'paragraph', list ? depth : 0, block.content, list);
          break;
        case 'heading':
          push('heading', block.attrs.level, block.content);
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
          push('guidingQuestions', 0, undefined);
          break;
      }
    }
  };
  walk(doc.content, 0, false);
  return { passages, footnotes };
}

/** The title block's fields that carry text to translate, in the order they print. */
export const TITLE_FIELDS = ['documentKindLabel', 'title', 'subtitle', 'authorship'] as const;
export type TitleField = (typeof TITLE_FIELDS)[number];

export const titleText = (content: StoredContent, field: TitleField): string => content.titleBlock[field] ?? '';

/** The footnotes' texts of a body, in order. */
export const footnoteTexts = (doc: DocNode): string[] => footnoteNumbers(doc).map((f) => footnoteText(f.node.content));

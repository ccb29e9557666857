import { z } from 'zod';
import { LANGUAGES, type Language } from '../domain/languages';
import { footnoteNumbers, plainText } from './helpers';
import { checkNotesAndFootnotes, DocSchema, type BlockNode, type DocNode } from './schema';

/*
 * A short rich text, such as an agenda item's annotation: the concept paper's body (paragraphs,
 * lists, quotes, bold, italic, links, footnotes, notes to the translator) without headings and
 * without the guiding-questions block, which belong to a whole document, not to a paragraph under
 * an agenda item. Stored as the same ProseMirror JSON, so one editor and one DOCX writer serve both.
 */

/** An annotation is a few paragraphs, not a paper: far fewer blocks than a document may hold. */
export const RICH_TEXT_LIMITS = { blocks: 200 } as const;

/** Whether a block (or a block inside it) is one a rich text may not hold. */
function hasDocumentOnlyBlock(blocks: readonly BlockNode[]): boolean {
  return blocks.some((block) => {
    switch (block.type) {
      case 'heading':
      case 'guidingQuestions':
        return true;
      case 'bulletList':
      case 'orderedList':
        return block.content.some((item) => hasDocumentOnlyBlock(item.content));
      case 'blockquote':
        return hasDocumentOnlyBlock(block.content);
      case 'paragraph':
        return false;
    }
  });
}

export const RichTextSchema = DocSchema.superRefine((doc, ctx) => {
  if (doc.content.length > RICH_TEXT_LIMITS.blocks) {
    ctx.addIssue({ code: 'custom', message: `at most ${RICH_TEXT_LIMITS.blocks} paragraphs` });
  }
  if (hasDocumentOnlyBlock(doc.content)) {
    ctx.addIssue({ code: 'custom', message: 'headings and the guiding questions belong to documents, not here' });
  }
  checkNotesAndFootnotes(doc, ctx, []);
});
export type RichText = DocNode;

/** A rich text per official language; an empty one means "not written yet". */
export const LocalizedRichTextSchema = z.object({
  en: RichTextSchema,
  es: RichTextSchema,
  fr: RichTextSchema,
  pt: RichTextSchema,
});
export type LocalizedRichText = Record<Language, RichText>;

export const emptyRichText = (): RichText => ({ type: 'doc', content: [] });

export const emptyLocalizedRichText = (): LocalizedRichText => ({
  en: emptyRichText(),
  es: emptyRichText(),
  fr: emptyRichText(),
  pt: emptyRichText(),
});

/** Nothing to read: no text and no footnote. */
export const isEmptyRichText = (doc: RichText): boolean =>
  plainText(doc).trim() === '' && footnoteNumbers(doc).length === 0;

/**
 * A plain text as a rich text, for data written before annotations were rich: each line a
 * paragraph, blank lines dropped, tabs and other control characters made spaces (a rich text holds none).
 */
export function richTextFromPlainText(text: string): RichText {
  const paragraphs = text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/ *[\u0000-\u001f\u007f][\u0000-\u001f\u007f ]*/g, ' ').trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: paragraphs.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

export const localizedRichTextFromPlainText = (text: Readonly<Record<Language, string>>): LocalizedRichText => ({
  en: richTextFromPlainText(text.en),
  es: richTextFromPlainText(text.es),
  fr: richTextFromPlainText(text.fr),
  pt: richTextFromPlainText(text.pt),
});

/** The text in the wanted language, else in the first language that has one, with the language it is in. */
export function pickLocalizedRichText(text: LocalizedRichText, lang: Language): { doc: RichText; lang: Language } {
  const found = [lang, ...LANGUAGES].find((l) => !isEmptyRichText(text[l])) ?? lang;
  return { doc: text[found], lang: found };
}

/**
 * What an editor made, as a rich text may hold it: a heading (typed with "# " or pasted) becomes a
 * paragraph with the same text, and a guiding-questions block goes.
 */
export function toRichText(doc: DocNode): RichText {
  const blocks = (list: readonly BlockNode[]): BlockNode[] =>
    list.flatMap((block): BlockNode[] => {
      switch (block.type) {
        case 'heading':
          return [block.content ? { type: 'paragraph', content: block.content } : { type: 'paragraph' }];
        case 'guidingQuestions':
          return [];
        case 'bulletList':
        case 'orderedList':
          return [{ ...block, content: block.content.map((item) => ({ ...item, content: blocks(item.content) })) }];
        case 'blockquote':
          return [{ ...block, content: blocks(block.content) }];
        case 'paragraph':
          return [block];
      }
    });
  return { type: 'doc', content: blocks(doc.content) };
}

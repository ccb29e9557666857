import { describe, expect, it } from 'vitest';
import {
  emptyLocalizedRichText,
  isEmptyRichText,
  pickLocalizedRichText,
  RICH_TEXT_LIMITS,
  richTextFromPlainText,
  RichTextSchema,
  toRichText,
} from './rich-text';
import type { DocNode } from './schema';

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const note = (id: string, n: string) => ({ type: 'translatorNote', attrs: { id, note: n } });

describe('rich text (agenda annotations)', () => {
  it('takes what a document body takes, but for headings and the guiding questions', () => {
    const rich = doc(
      paragraph(text('Panelists '), text('first', [{ type: 'bold' }]), {
        type: 'footnote',
        content: [
          paragraph(text('See the '), text('rules', [{ type: 'link', attrs: { href: 'https://www.oas.org/' } }])),
        ],
      }),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('RCM', [note('n1', 'Keep')]))] }] },
    );
    expect(RichTextSchema.safeParse(rich).success).toBe(true);
    expect(RichTextSchema.safeParse(doc({ type: 'heading', attrs: { level: 2 }, content: [text('H')] })).success).toBe(
      false,
    );
    expect(RichTextSchema.safeParse(doc({ type: 'guidingQuestions' })).success).toBe(false);
    const nested = doc({ type: 'blockquote', content: [{ type: 'heading', attrs: { level: 1 } }] });
    expect(RichTextSchema.safeParse(nested).success).toBe(false);
    // a note keeps one text, and links stay safe, as in a document
    expect(
      RichTextSchema.safeParse(doc(paragraph(text('a', [note('n', 'x')]), text('b', [note('n', 'y')])))).success,
    ).toBe(false);
    const unsafe = doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])));
    expect(RichTextSchema.safeParse(unsafe).success).toBe(false);
    const long = doc(...Array.from({ length: RICH_TEXT_LIMITS.blocks + 1 }, () => paragraph(text('p'))));
    expect(RichTextSchema.safeParse(long).success).toBe(false);
  });

  it('turns old plain text into paragraphs, one a line, with no control characters', () => {
    expect(richTextFromPlainText('One.\r\n\n\tTwo\u0007 three.\u2028Four.')).toEqual(
      doc(paragraph(text('One.')), paragraph(text('Two three.')), paragraph(text('Four.'))),
    );
    expect(richTextFromPlainText('  \n ')).toEqual(doc());
    expect(RichTextSchema.safeParse(richTextFromPlainText('a\tb\nc')).success).toBe(true);
  });

  it('makes an editor’s headings paragraphs and drops the questions block, at any depth', () => {
    const edited = doc(
      { type: 'heading', attrs: { level: 1 }, content: [text('Title')] },
      { type: 'guidingQuestions' },
      { type: 'blockquote', content: [{ type: 'heading', attrs: { level: 2 } }] },
    ) as DocNode;
    const rich = toRichText(edited);
    expect(rich).toEqual(doc(paragraph(text('Title')), { type: 'blockquote', content: [{ type: 'paragraph' }] }));
    expect(RichTextSchema.safeParse(rich).success).toBe(true);
  });

  it('falls back to the first language that has text; a footnote alone is not empty', () => {
    const footnoteOnly = doc(paragraph({ type: 'footnote', content: [paragraph(text('Note'))] })) as DocNode;
    expect(isEmptyRichText(footnoteOnly)).toBe(false);
    expect(isEmptyRichText(doc(paragraph(), paragraph(text(' '))) as DocNode)).toBe(true);
    const annotation = { ...emptyLocalizedRichText(), fr: richTextFromPlainText('Texte') };
    expect(pickLocalizedRichText(annotation, 'es')).toEqual({ doc: annotation.fr, lang: 'fr' });
    expect(pickLocalizedRichText(emptyLocalizedRichText(), 'pt').lang).toBe('pt');
  });
});

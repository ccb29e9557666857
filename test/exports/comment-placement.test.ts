import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packDocument } from '../../main/exports/docx/common';
import { conceptPaperDocument } from '../../main/exports/docx/concept-paper';
import { StoredContentSchema, type StoredContent } from '../../shared/content/schema';
import { allOf, compact, convertToPdf, docxParts, footnotesOf, pdfText, tempDir, textOf } from './docx-tools';

/*
 * The shapes that made LibreOffice 7.4 misread a docx-made file (docs/decisions/docx-comments-and-footnotes.md):
 * a translator note whose stretch runs over footnote references, notes between two footnote
 * references, and notes inside footnotes. The export must keep every footnote's own text.
 */

const dir = tempDir('comment-placement');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const t = (text: string, ...notes: [string, string][]) => ({
  type: 'text' as const,
  text,
  ...(notes.length
    ? { marks: notes.map(([id, note]) => ({ type: 'translatorNote' as const, attrs: { id, note } })) }
    : {}),
});
const fn = (...content: ReturnType<typeof t>[]) => ({
  type: 'footnote' as const,
  content: [{ type: 'paragraph' as const, content }],
});

const CONTENT: StoredContent = StoredContentSchema.parse({
  schemaVersion: 1,
  titleBlock: { title: 'Comment placement', subtitle: '', date: '', authorship: '' },
  body: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          t('A note in the first footnote, ', ['in1', 'first']),
          fn(t('FIRST footnote text.', ['in1b', 'check link'])),
          t(' then a note between the first two references', ['gap', 'in the gap']),
          t(', and one in the second footnote'),
          fn(t('SECOND footnote text.', ['in2', 'second'])),
          t(' and a note that runs over two footnotes: ', ['over', 'spans footnotes']),
          fn(t('THIRD footnote text.')),
          t(' still noted', ['over', 'spans footnotes']),
          fn(t('FOURTH footnote text.')),
        ],
      },
      {
        type: 'paragraph',
        content: [
          fn(t('FIFTH footnote text, with a note ', ['in5', 'check link']), t('inside it.')),
          fn(t('SIXTH footnote text.', ['in6', 'adjacent'])),
          t('Between two references: '),
          fn(t('SEVENTH footnote text.')),
          t('noted', ['between', 'between footnotes']),
          fn(t('EIGHTH footnote text.', ['in8', 'last'])),
          t(' end.'),
        ],
      },
    ],
  },
});

describe('translator notes next to footnotes', () => {
  it('never sit inside a footnote or around a footnote reference, and LibreOffice shows every footnote text in order', async () => {
    const doc = conceptPaperDocument({
      content: CONTENT,
      lang: 'en',
      header: {
        parentBody: { text: 'Permanent Council', lang: 'en' },
        body: { text: 'Committee', lang: 'en' },
        symbol: '',
        date: '',
        originalLanguage: 'en',
      },
      guidingQuestions: [],
      copy: 'translator',
      controlNumber: '',
      defaultKindLabel: 'NOTE',
    });
    const file = path.join(dir, 'placement.docx');
    fs.writeFileSync(file, await packDocument(doc));
    const parts = await docxParts(file);
    const xml = parts['word/document.xml']!;

    expect(parts['word/footnotes.xml']).not.toMatch(/<w:comment(Reference|RangeStart|RangeEnd)/);
    for (const [, inside] of xml.matchAll(
      /<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/gs,
    )) {
      expect(inside).not.toContain('<w:footnoteReference');
    }
    expect(
      allOf(parts['word/comments.xml']!, /<w:comment (.*?)<\/w:comment>/gs)
        .map(textOf)
        .sort(),
    ).toEqual(
      [
        'first',
        'Footnote 1: check link',
        '“then a note between the first two references”: in the gap',
        'Footnote 2: second',
        'spans footnotes',
        'Footnote 5: check link',
        'Footnote 6: adjacent',
        'between footnotes',
        'Footnote 8: last',
      ].sort(),
    );
    // nothing of a comment between the first and the second footnote reference
    const gap = xml.slice(
      xml.indexOf('<w:footnoteReference w:id="1"/>'),
      xml.indexOf('<w:footnoteReference w:id="2"/>'),
    );
    expect(gap).not.toMatch(/<w:comment/);
    const expected = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH'];
    expect([...footnotesOf(parts['word/footnotes.xml']!).values()].map((f) => textOf(f).trim().split(' ')[0])).toEqual(
      expected,
    );

    const [pdf] = convertToPdf([file], dir) as [string];
    const text = compact(pdfText(pdf));
    let from = 0;
    for (const word of expected) {
      const at = text.indexOf(compact(`${word} footnote text`), from);
      expect(at, word).toBeGreaterThan(0);
      from = at;
      expect(text.split(compact(`${word} footnote text`)).length - 1, word).toBe(1);
    }
  }, 60_000);
});

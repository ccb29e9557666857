import { describe, expect, it } from 'vitest';
import { emptyContent, footnoteNumbers, hasWords, plainText, translatorNotes, wordCount } from './helpers';
import { CONTENT_LIMITS, isSafeHref, StoredContentSchema, type BlockNode, type StoredContent } from './schema';

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const footnote = (t: string, marks?: unknown[]) => ({
  type: 'footnote',
  content: [{ type: 'paragraph', content: [text(t, marks)] }],
});
const note = (id: string, n: string) => ({ type: 'translatorNote', attrs: { id, note: n } });

const content = (blocks: unknown[]): unknown => ({
  schemaVersion: 1,
  titleBlock: {
    documentKindLabel: 'CONCEPT PAPER',
    title: 'Title',
    subtitle: '',
    date: '2023-05-09',
    authorship: 'By us',
  },
  body: { type: 'doc', content: blocks },
});

const parse = (blocks: unknown[]) => StoredContentSchema.safeParse(content(blocks));

const SAMPLE = content([
  { type: 'heading', attrs: { level: 1 }, content: [text('Background')] },
  {
    type: 'paragraph',
    content: [
      text('Migration grew.'),
      footnote('Data portal.'),
      text(' States act', [{ type: 'bold' }]),
      text(' together.', [note('n1', 'check the logic')]),
      footnote('See ', undefined),
    ],
  },
  {
    type: 'bulletList',
    content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('One item')] }] }],
  },
  {
    type: 'orderedList',
    attrs: { start: 3, type: null },
    content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Third')] }] }],
  },
  { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Quoted.', [{ type: 'italic' }])] }] },
  { type: 'guidingQuestions' },
  {
    type: 'paragraph',
    content: [
      text('Links: '),
      text('the portal', [
        { type: 'link', attrs: { href: 'https://example.org/x', target: '_blank', rel: null, class: null } },
      ]),
      footnote('Check https://a.example', [note('n2', 'check link')]),
    ],
  },
]);

describe('the stored content schema', () => {
  it('takes TipTap JSON with footnotes, translator notes and the guiding questions block', () => {
    const result = StoredContentSchema.safeParse(SAMPLE);
    expect(result.success, JSON.stringify(!result.success && result.error.issues)).toBe(true);
    expect(StoredContentSchema.safeParse(emptyContent()).success).toBe(true);
  });

  it('refuses links other than http, https and mailto', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
      ' https://a.org',
      'not a url',
    ]) {
      expect(isSafeHref(href), href).toBe(false);
      expect(parse([{ type: 'paragraph', content: [text('x', [{ type: 'link', attrs: { href } }])] }]).success).toBe(
        false,
      );
    }
    for (const href of [
      'https://oas.org',
      'http://oas.org/a?b=c',
      'mailto:cam@oas.org',
      'Https://www.migrationdataportal.org/data',
    ]) {
      expect(isSafeHref(href), href).toBe(true);
    }
  });

  it('refuses tabs, line breaks and control characters in text (they split sentences for translators)', () => {
    for (const bad of ['a\tb', 'a\nb', 'a\u000bb', 'a\u2028b']) {
      expect(parse([{ type: 'paragraph', content: [text(bad)] }]).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses unknown nodes, marks and attributes, empty texts, and footnotes in footnotes', () => {
    expect(parse([{ type: 'image', attrs: { src: 'x' } }]).success).toBe(false);
    expect(parse([{ type: 'paragraph', content: [text('x', [{ type: 'underline' }])] }]).success).toBe(false);
    expect(parse([{ type: 'heading', attrs: { level: 4 }, content: [text('x')] }]).success).toBe(false);
    expect(parse([{ type: 'paragraph', content: [text('')] }]).success).toBe(false);
    expect(parse([{ type: 'paragraph', style: 'color:red', content: [text('x')] }]).success).toBe(false);
    expect(
      parse([
        {
          type: 'paragraph',
          content: [{ type: 'footnote', content: [{ type: 'paragraph', content: [footnote('nested')] }] }],
        },
      ]).success,
    ).toBe(false);
    expect(StoredContentSchema.safeParse({ ...(content([]) as object), schemaVersion: 2 }).success).toBe(false);
    expect(
      StoredContentSchema.safeParse({
        ...(content([]) as object),
        titleBlock: { title: '', subtitle: '', date: '9 May', authorship: '' },
      }).success,
    ).toBe(false);
  });

  it('limits nesting depth and sizes', () => {
    let block: unknown = { type: 'paragraph', content: [text('deep')] };
    for (let i = 0; i < CONTENT_LIMITS.depth; i += 1) block = { type: 'blockquote', content: [block] };
    expect(parse([block]).success).toBe(false);
    expect(parse([{ type: 'paragraph', content: [text('x'.repeat(CONTENT_LIMITS.textChars + 1))] }]).success).toBe(
      false,
    );
  });

  it('refuses one translator note id with two texts', () => {
    const result = parse([
      { type: 'paragraph', content: [text('a', [note('n', 'one')]), text('b', [{ type: 'bold' }, note('n', 'two')])] },
    ]);
    expect(result.success).toBe(false);
  });
});

describe('document helpers', () => {
  const doc = (SAMPLE as StoredContent).body;

  it('numbers footnotes by their order in the text', () => {
    expect(footnoteNumbers(doc).map((f) => [f.number, f.node.content[0]!.content![0]!.text])).toEqual([
      [1, 'Data portal.'],
      [2, 'See '],
      [3, 'Check https://a.example'],
    ]);
  });

  it('lists translator notes once each, with the footnote they sit in', () => {
    expect(translatorNotes(doc)).toEqual([
      { id: 'n1', note: 'check the logic', footnote: null },
      { id: 'n2', note: 'check link', footnote: 3 },
    ]);
  });

  it('gives the plain text without footnotes, and counts words with them', () => {
    expect(plainText(doc).split('\n')).toEqual([
      'Background',
      'Migration grew. States act together.',
      'One item',
      'Third',
      'Quoted.',
      'Links: the portal',
    ]);
    // title block: CONCEPT PAPER (2) + Title (1) + By us (2); body 13; footnotes 2 + 1 + 2
    expect(wordCount(SAMPLE as StoredContent)).toBe(5 + 13 + 5);
  });

  it('says whether there is any word, in the title block, the body or only a footnote', () => {
    expect(hasWords(SAMPLE as StoredContent)).toBe(true);
    expect(hasWords(emptyContent())).toBe(false);
    const onlyFootnote = content([{ type: 'paragraph', content: [footnote('Data portal.')] }]) as StoredContent;
    expect(hasWords({ ...onlyFootnote, titleBlock: emptyContent().titleBlock })).toBe(true);
    const blank = content([{ type: 'paragraph', content: [text(' – ')] }]) as StoredContent;
    expect(hasWords({ ...blank, titleBlock: emptyContent().titleBlock })).toBe(false);
  });

  it('ignores the guiding questions block in plain text', () => {
    const blocks: BlockNode[] = [{ type: 'guidingQuestions' }];
    expect(plainText({ type: 'doc', content: blocks })).toBe('');
  });
});

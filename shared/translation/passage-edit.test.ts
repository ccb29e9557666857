import { describe, expect, it } from 'vitest';
import type { BlockNode, DocNode, InlineNode } from '../content/schema';
import { footnoteNumbers } from '../content/helpers';
import { replaceFootnote, replacePassage } from './passage-edit';
import { passageBlocks, passagesOf } from './units';

const passageInlines = (doc: DocNode, n: number) => passageBlocks(doc)[n - 1]?.block?.content ?? null;
const footnoteParagraphs = (doc: DocNode, n: number) => footnoteNumbers(doc)[n - 1]?.node.content ?? null;

const t = (text: string) => ({ type: 'text', text }) as const;
const fn = (text: string): InlineNode => ({
  type: 'footnote',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const p = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
const body: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [t('Background')] },
    p(t('First.'), fn('Note one.')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('An item.'), fn('Note two.'))] }] },
    { type: 'guidingQuestions' },
    // TipTap keeps an empty paragraph after a closing block: no passage.
    { type: 'paragraph' },
  ],
};

describe('passages addressed by number', () => {
  it('counts no empty paragraph as a passage', () => {
    expect(passagesOf(body).passages.map((x) => x.kind)).toEqual([
      'heading',
      'paragraph',
      'listItem',
      'guidingQuestions',
    ]);
  });

  it('reads a passage and a footnote by the numbers a reader uses', () => {
    expect(passageInlines(body, 3)).toEqual([t('An item.'), fn('Note two.')]);
    expect(passageInlines(body, 4)).toBeNull();
    expect(passageInlines(body, 9)).toBeNull();
    expect(footnoteParagraphs(body, 2)).toEqual([{ type: 'paragraph', content: [t('Note two.')] }]);
    expect(footnoteParagraphs(body, 3)).toBeNull();
  });

  it('replaces a list item in place and leaves the given body as it was', () => {
    const before = JSON.stringify(body);
    const next = replacePassage(body, 3, [t('Un elemento.'), fn('Nota dos.')]);
    expect(JSON.stringify(body)).toBe(before);
    expect(passagesOf(next).passages[2]).toMatchObject({ kind: 'listItem', level: 1, text: 'Un elemento.' });
    expect(passagesOf(next).footnotes.map((f) => f.text)).toEqual(['Note one.', 'Nota dos.']);
  });

  it('replaces a footnote and nothing else', () => {
    const next = replaceFootnote(body, 1, [{ type: 'paragraph', content: [t('Nota uno.')] }, { type: 'paragraph' }]);
    expect(footnoteParagraphs(next, 1)).toEqual([
      { type: 'paragraph', content: [t('Nota uno.')] },
      { type: 'paragraph' },
    ]);
    expect(passagesOf(next).passages.map((x) => x.text)).toEqual(passagesOf(body).passages.map((x) => x.text));
  });

  it('answers the same body where the number names no text passage', () => {
    expect(replacePassage(body, 4, [t('x')])).toBe(body);
    expect(replaceFootnote(body, 5, [])).toBe(body);
  });
});

describe('what an edit copies', () => {
  it('keeps every other passage and footnote as the same object', () => {
    const next = replacePassage(body, 2, [t('Primero.'), fn('Nota uno.')]);
    expect(next.content[0]).toBe(body.content[0]);
    expect(next.content[2]).toBe(body.content[2]);
    const again = replaceFootnote(next, 2, [{ type: 'paragraph', content: [t('Nota dos.')] }]);
    expect(again.content[1]).toBe(next.content[1]);
    expect(again.content[2]).not.toBe(next.content[2]);
  });
});

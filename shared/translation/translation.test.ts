import { describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode, StoredContent } from '../content/schema';
import { alignContent } from './align';
import { changedWordCount, diffContents } from './diff';
import { passagesOf } from './units';
import { countWords, versionWords } from './words';

const t = (text: string): InlineNode => ({ type: 'text', text });
const fn = (text: string): InlineNode => ({
  type: 'footnote',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const p = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
const h = (level: 1 | 2 | 3, text: string): BlockNode => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const doc = (...blocks: BlockNode[]): StoredContent => ({
  schemaVersion: 1,
  titleBlock: { title: 'Concept paper', subtitle: '', date: '2023-05-09', authorship: 'The Chair' },
  body: { type: 'doc', content: blocks },
});

/** An original of 8 passages, 4 footnotes, a list and the guiding questions. */
const original = doc(
  h(1, 'Background'),
  p(t('In 2020 there were 73.5 million migrants in the Americas.'), fn('Migration data portal.')),
  p(t('Resolution AG/RES. 2988 (LII-O/22), operative paragraph 56, asks the CAM to hold the session.')),
  {
    type: 'orderedList',
    content: [
      { type: 'listItem', content: [p(t('The panel presents.'))] },
      { type: 'listItem', content: [p(t('Delegations take the floor.'))] },
    ],
  },
  p(t('The mechanisms invited.'), fn('RCM.'), t(' And others.'), fn('CSM.')),
  { type: 'guidingQuestions' },
  p(t('Good practices will be compiled.'), fn('See the report.')),
);

/** The same in "Spanish": other words, same shape. */
const translated = doc(
  h(1, 'Antecedentes'),
  p(t('En 2020 había 73,5 millones de migrantes en las Américas.'), fn('Portal de datos.')),
  p(t('La resolución AG/RES. 2988 (LII-O/22), párrafo resolutivo 56, pide a la CAM celebrar la sesión.')),
  {
    type: 'orderedList',
    content: [
      { type: 'listItem', content: [p(t('El panel presenta.'))] },
      { type: 'listItem', content: [p(t('Las delegaciones hacen uso de la palabra.'))] },
    ],
  },
  p(t('Los mecanismos invitados.'), fn('CRM.'), t(' Y otros.'), fn('CSM.')),
  { type: 'guidingQuestions' },
  p(t('Se recopilarán las buenas prácticas.'), fn('Véase el informe.')),
);

const messages = (a: StoredContent, b: StoredContent) => alignContent(a, b).issues.map((i) => i.message);

describe('passages', () => {
  it('numbers passages and footnotes as a reader counts them', () => {
    const { passages, footnotes } = passagesOf(original.body);
    expect(
      passages.map((x) => `${x.number} ${x.kind}${x.footnotes.length ? ` [${x.footnotes.join(',')}]` : ''}`),
    ).toEqual([
      '1 heading',
      '2 paragraph [1]',
      '3 paragraph',
      '4 listItem',
      '5 listItem',
      '6 paragraph [2,3]',
      '7 guidingQuestions',
      '8 paragraph [4]',
    ]);
    expect(footnotes.map((f) => f.passage)).toEqual([2, 6, 6, 8]);
  });
});

describe('aligning a translation with its original', () => {
  it('finds nothing to report when the shape is the same', () => {
    const report = alignContent(original, translated);
    expect(report.issues).toEqual([]);
    expect(report.matches).toBe(true);
    expect(report.pairs.every(([a, b]) => a === b)).toBe(true);
    expect(report.original).toMatchObject({ paragraphs: 8, footnotes: 4 });
  });

  it('ignores empty paragraphs: the one TipTap keeps after the questions, the blank lines of a draft', () => {
    const edited: StoredContent = {
      ...original,
      body: { type: 'doc', content: [{ type: 'paragraph' }, ...original.body.content, { type: 'paragraph' }] },
    };
    expect(alignContent(edited, translated).matches).toBe(true);
    expect(diffContents(original, edited).changes).toEqual([]);
  });

  it('says which paragraph is missing, with its footnote', () => {
    const missing = structuredClone(translated);
    missing.body.content.splice(1, 1);
    expect(messages(original, missing)).toEqual([
      'paragraph 2 is missing (with footnote 1)',
      'the original has 4 footnotes and the file 3: 1 missing',
    ]);
  });

  it('says where a paragraph is one more', () => {
    const extra = structuredClone(translated);
    extra.body.content.splice(3, 0, p(t('Un párrafo que el original no tiene.')));
    expect(messages(original, extra)).toEqual([
      'paragraph 4 of the file is one more (after paragraph 3 of the original)',
    ]);
  });

  it('says which footnote is missing, or that one is more, and in which paragraph', () => {
    const fewer = structuredClone(translated);
    const six = fewer.body.content[4]! as Extract<BlockNode, { type: 'paragraph' }>;
    six.content = six.content!.slice(0, 3);
    expect(messages(original, fewer)).toEqual([
      'paragraph 6 holds 2 footnote(s) in the original (2, 3) and 1 in the file: footnote 3 is missing',
      'the original has 4 footnotes and the file 3: 1 missing',
    ]);
    const more = structuredClone(translated);
    const three = more.body.content[2]! as Extract<BlockNode, { type: 'paragraph' }>;
    three.content!.push(fn('Una nota de más.'));
    expect(alignContent(original, more).issues).toEqual([
      expect.objectContaining({ code: 'footnotes_differ', paragraph: 3, expected: '0', found: '1' }),
      expect.objectContaining({
        code: 'footnote_count',
        message: 'the original has 4 footnotes and the file 5: 1 more',
      }),
    ]);
  });

  it('says the guiding questions block is missing, and a heading that became a paragraph', () => {
    const changed = structuredClone(translated);
    changed.body.content.splice(5, 1);
    changed.body.content[0] = p(t('Antecedentes'));
    expect(messages(original, changed)).toEqual([
      'paragraph 1 is a level-1 heading in the original and a paragraph in the file',
      'the guiding questions block is missing',
    ]);
  });

  it('says the title is missing', () => {
    const untitled = structuredClone(translated);
    untitled.titleBlock.title = '';
    expect(alignContent(original, untitled).issues).toEqual([
      expect.objectContaining({ code: 'title_missing', field: 'title' }),
    ]);
  });

  it('aligns a long document quickly', () => {
    const many = doc(...Array.from({ length: 1_500 }, (_, i) => p(t(`Paragraph ${i} with some words in it.`))));
    const fewer = structuredClone(many);
    fewer.body.content.splice(700, 1);
    const started = Date.now();
    expect(messages(many, fewer)).toEqual(['paragraph 701 is missing']);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('what changed since a version was sent', () => {
  it('lists changed, added and removed passages and footnotes with their numbers and words', () => {
    const now = structuredClone(original);
    now.titleBlock.title = 'Concept paper, revised';
    (now.body.content[2] as Extract<BlockNode, { type: 'paragraph' }>).content = [
      t('Resolution AG/RES. 2988 (LII-O/22), operative paragraph 56, asks the CAM to hold an annual session.'),
    ];
    now.body.content.splice(3, 0, p(t('A new paragraph.')));
    now.body.content.splice(6, 1); // the guiding questions
    const last = now.body.content.at(-1) as Extract<BlockNode, { type: 'paragraph' }>;
    last.content = [t('Good practices will be compiled.'), fn('See the final report of the session.')];
    const report = diffContents(original, now);
    expect(
      report.changes.map((c) => `${c.where} ${c.number ?? `(was ${c.sentNumber})`} ${c.change} ${c.kind}`),
    ).toEqual([
      'title (was null) changed title',
      'paragraph 3 changed paragraph',
      'paragraph 4 added paragraph',
      'paragraph (was 7) removed guidingQuestions',
      'footnote 4 changed footnote',
    ]);
    const p3 = report.changes[1]!;
    expect(p3.changedWords).toBe(2); // "the session" → "an annual session": "an", "annual"
    expect(report.changes[2]).toMatchObject({ words: 3, changedWords: 3, old: null, new: 'A new paragraph.' });
    expect(report.changedPassageWords).toBe(report.changes.reduce((s, c) => s + c.words, 0));
    expect(report.words.sent).toBe(versionWords(original));
  });

  it('finds nothing when nothing changed', () => {
    expect(diffContents(original, structuredClone(original)).changes).toEqual([]);
  });
});

describe('word counts', () => {
  it('counts words as the documents feature does, symbols and figures as one word', () => {
    expect(countWords('Resolution AG/RES. 2988 (LII-O/22) of 9 May 2023.')).toBe(8);
    expect(versionWords(null)).toBe(0);
    expect(changedWordCount('the session', 'an annual session')).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import type { BlockNode, InlineNode, StoredContent } from '../../../../shared/content/schema';
import { applyCell, cellDoc } from './cell-content';
import { cellIndex } from './side-cells';
import { sideRows } from './side-rows';

const t = (text: string) => ({ type: 'text', text }) as const;
const fn = (text: string): InlineNode => ({ type: 'footnote', content: [{ type: 'paragraph', content: [t(text)] }] });
const p = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
const content = (title: string, ...blocks: BlockNode[]): StoredContent => ({
  schemaVersion: 1,
  titleBlock: { title, subtitle: '', date: '2023-05-09', authorship: '' },
  body: { type: 'doc', content: blocks },
});

const original = content(
  'Concept paper',
  { type: 'heading', attrs: { level: 1 }, content: [t('Background')] },
  p(t('In 2020 there were 73.5 million migrants.'), fn('Data portal.')),
  p(t('Resolution 2988 asks for a session.')),
  { type: 'guidingQuestions' },
  p(t('Practices will be compiled.'), fn('Report.')),
);
// The translator dropped paragraph 3 and its footnote count is one short.
const translation = content(
  'Nota conceptual',
  { type: 'heading', attrs: { level: 1 }, content: [t('Antecedentes')] },
  p(t('En 2020 había 73,5 millones de migrantes.'), fn('Portal de datos.')),
  { type: 'guidingQuestions' },
  p(t('Se recopilarán las prácticas.')),
);

describe('the rows of the side-by-side view', () => {
  it('pairs the title fields, the passages as aligned (a gap where one side lacks one), then the footnotes in order', () => {
    const rows = sideRows(original, translation);
    expect(
      rows.map((r) => (r.where === 'title' ? r.field : `${r.where} ${r.original ?? '-'}:${r.translation ?? '-'}`)),
    ).toEqual([
      'title',
      'passage 1:1',
      'passage 2:2',
      'passage 3:-',
      'passage 4:3',
      'passage 5:4',
      'footnote 1:1',
      'footnote 2:-',
    ]);
  });

  it('finds each cell with the number its first footnote prints with', () => {
    const rows = sideRows(original, translation);
    const cells = cellIndex(original.body);
    const last = rows.find((r) => r.key === 'passage:5:4')!;
    expect(cells(last, 'original')).toMatchObject({ kind: 'passage', number: 5, firstFootnote: 2 });
    expect(
      cells(
        rows.find((r) => r.key === 'passage:4:3')!,
        'original',
      ),
    ).toEqual({ kind: 'questions', number: 4 });
    expect(
      cellIndex(translation.body)(
        rows.find((r) => r.key === 'passage:3:-')!,
        'translation',
      ),
    ).toBeNull();
    expect(
      cellIndex(translation.body)(
        rows.find((r) => r.key === 'footnote:1')!,
        'translation',
      ),
    ).toMatchObject({
      kind: 'footnote',
      number: 1,
    });
  });
});

describe('a cell, edited', () => {
  const rows = sideRows(original, translation);
  const cells = cellIndex(translation.body);

  it('puts the new words of a passage back in place, its footnote kept', () => {
    const cell = cellDoc(
      cells(
        rows.find((r) => r.key === 'passage:2:2')!,
        'translation',
      ),
    )!;
    const block = cell.content[0]!;
    const edited = {
      ...cell,
      content: [{ ...block, content: [t('En 2020 había más de 73 millones.'), fn('Portal.')] }],
    };
    const body = applyCell(translation.body, 'passage', 2, edited as typeof cell)!;
    expect(body.content[1]).toEqual(p(t('En 2020 había más de 73 millones.'), fn('Portal.')));
    expect(body.content[0]).toBe(translation.body.content[0]);
  });

  it('refuses an emptied passage or footnote: it is removed in the editor, not here', () => {
    expect(applyCell(translation.body, 'passage', 2, { type: 'doc', content: [{ type: 'paragraph' }] })).toBeNull();
    expect(applyCell(translation.body, 'footnote', 1, { type: 'doc', content: [{ type: 'paragraph' }] })).toBeNull();
  });

  it('keeps a footnote to its text: paragraphs of text only', () => {
    const body = applyCell(translation.body, 'footnote', 1, {
      type: 'doc',
      content: [p(t('Portal '), t('revisado.')), { type: 'paragraph' }],
    })!;
    expect(JSON.stringify(body)).toContain('revisado.');
    expect(
      cellIndex(body)(
        rows.find((r) => r.key === 'footnote:1')!,
        'translation',
      ),
    ).toMatchObject({
      node: { content: [p(t('Portal '), t('revisado.')), { type: 'paragraph' }] },
    });
  });
});

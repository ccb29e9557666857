import { describe, expect, it } from 'vitest';
import type { RichText } from '../content/rich-text';
import { compareSessionTexts, keyInCell, sessionTexts, type SessionText } from './session-texts';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const doc = (footnotes: number): RichText => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Panelists first.' },
        ...Array.from({ length: footnotes }, () => ({
          type: 'footnote' as const,
          content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'A source.' }] }],
        })),
      ],
    },
  ],
});
const sent: SessionText[] = [
  { key: 'session.title', place: { record: 'session', id: id(1), field: 'title' }, text: 'Special meeting' },
  { key: 'item-1.annotation', place: { record: 'agendaItem', id: id(2), field: 'annotation' }, doc: doc(2) },
  { key: 'question-1', place: { record: 'guidingQuestion', id: id(3), field: 'text' }, text: 'What worked?' },
];

describe('the session texts', () => {
  it('are the texts written in the language, keyed by where the documents print them', () => {
    const en = (text: string) => ({ en: text, es: '', fr: '', pt: '' });
    const empty = { type: 'doc' as const, content: [] };
    const texts = sessionTexts(
      {
        session: { id: id(1), title: en('Special meeting') } as never,
        agendaItems: [
          { id: id(5), position: 1, title: en(''), annotation: { en: doc(1), es: empty, fr: empty, pt: empty } },
          { id: id(4), position: 0, title: en('Opening'), annotation: { en: empty, es: empty, fr: empty, pt: empty } },
        ] as never,
        guidingQuestions: [{ id: id(6), position: 0, text: en('  ') }] as never,
      },
      'en',
    );
    expect(texts.map((t) => [t.key, t.place.id])).toEqual([
      ['session.title', id(1)],
      ['item-1.title', id(4)],
      ['item-2.annotation', id(5)],
    ]);
  });

  it('compare with what was sent: the same keys, once each, none empty, the same footnotes', () => {
    expect(
      compareSessionTexts(sent, [
        { key: 'session.title', text: 'Réunion spéciale' },
        { key: 'item-1.annotation', doc: doc(2) },
        { key: 'question-1', text: 'Qu’est-ce qui a marché ?' },
      ]),
    ).toMatchObject({ matches: true, issues: [], original: { paragraphs: 3, footnotes: 2 } });
    const report = compareSessionTexts(sent, [
      { key: 'session.title', text: 'Réunion spéciale' },
      { key: 'session.title', text: 'Encore' },
      { key: 'item-1.annotation', doc: doc(1) },
      { key: 'question-1', text: '' },
      { key: 'question-9', text: 'De trop' },
    ]);
    expect(report.matches).toBe(false);
    expect(report.issues.map((i) => `${i.code} ${i.key}`)).toEqual([
      'text_twice session.title',
      'text_footnotes item-1.annotation',
      'text_empty question-1',
      'text_extra question-9',
    ]);
    expect(report.imported).toMatchObject({ paragraphs: 5, footnotes: 1 });
  });

  it('find a key in a cell a translation tool marked or spaced', () => {
    expect(keyInCell('[FR] item-3.title')).toBe('item-3.title');
    expect(keyInCell(' question-12 ')).toBe('question-12');
    expect(keyInCell('élément-3.titre')).toBe('élément-3.titre');
  });
});

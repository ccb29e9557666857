import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../shared/content/helpers';
import type { DocNode } from '../../../shared/content/schema';
import { fromEditorDoc, toEditor } from './editor-content';
import { footnotePos, posOf, schema } from './editor-test-helpers';
import { nextTally, tallyOf, type WordTally } from './word-tally';

const text = (t: string) => ({ type: 'text' as const, text: t });
const footnote = (id: string, words: string) => ({
  type: 'footnote' as const,
  attrs: { id },
  content: [{ type: 'paragraph' as const, content: [text(words)] }],
});
const body: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Concept paper')] },
    { type: 'paragraph', content: [text('Regional mechanisms share practices.'), footnote('f1', 'See the report.')] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('Labour migration')] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('Return and reintegration')] }] },
      ],
    },
    { type: 'paragraph', content: [text('Guiding questions follow.'), footnote('f2', 'Two more words.')] },
  ],
};
const start = () => EditorState.create({ doc: PmNode.fromJSON(schema, toEditor(body)) });

/** The words of the editor's document as the translators' count counts them (the title block is empty). */
const counted = (doc: PmNode) =>
  wordCount({
    schemaVersion: 1,
    titleBlock: { title: '', subtitle: '', date: '', authorship: '' },
    body: fromEditorDoc(doc),
  });

/** Follows `tr` from the tally of its first document and checks it against a count of the whole result. */
function follow(tally: WordTally, tr: Transaction): WordTally {
  const next = nextTally(tally, tr);
  expect(next).toEqual(tallyOf(tr.doc));
  expect(next.total).toBe(counted(tr.doc));
  return next;
}

describe('the word tally kept from transactions', () => {
  it('counts text and footnotes as the translators are paid for them', () => {
    const state = start();
    expect(tallyOf(state.doc).total).toBe(counted(state.doc));
    expect(tallyOf(state.doc).total).toBe(2 + 4 + 3 + 2 + 3 + 3 + 3);
  });

  it('counts a word typed, a word split and a paragraph split, only in the block changed', () => {
    let state = start();
    let tally = tallyOf(state.doc);
    const before = tally.perBlock;
    let tr = state.tr.insertText(' new', posOf(state, ' share'));
    tally = follow(tally, tr);
    expect(tally.total).toBe(tallyOf(start().doc).total + 1);
    expect(tally.perBlock.filter((n, i) => n !== before[i])).toHaveLength(1);
    state = state.apply(tr);
    tr = state.tr.insertText(' ', posOf(state, 'practices') + 4);
    tally = follow(tally, tr);
    state = state.apply(tr);
    tr = state.tr.split(posOf(state, 'Guiding') + 8);
    tally = follow(tally, tr);
    expect(tally.perBlock).toHaveLength(before.length + 1);
  });

  it('follows paragraphs joined and a span deleted across blocks and lists', () => {
    const state = start();
    const tally = tallyOf(state.doc);
    follow(tally, state.tr.delete(posOf(state, 'practices'), posOf(state, 'Guiding')));
    follow(tally, state.tr.delete(posOf(state, 'Labour'), posOf(state, 'reintegration')));
    follow(tally, state.tr.delete(0, state.doc.content.size));
  });

  it('follows a footnote whose text changes in place, one inserted and one removed', () => {
    const state = start();
    const tally = tallyOf(state.doc);
    const pos = footnotePos(state, 'f2');
    const paragraphs = [{ type: 'paragraph', content: [text('Now five words are here.')] }];
    const changed = follow(tally, state.tr.setNodeAttribute(pos, 'paragraphs', paragraphs));
    expect(changed.total).toBe(tally.total + 2);
    follow(tally, state.tr.setNodeMarkup(pos, undefined, { id: 'f2', paragraphs }));
    const inserted = schema.nodes.footnote!.create({ id: 'f3', paragraphs });
    follow(tally, state.tr.insert(posOf(state, 'Regional'), inserted));
    follow(tally, state.tr.delete(pos, pos + 1));
  });

  it('keeps the same tally for bold and other marks, and for several steps in one transaction', () => {
    const state = start();
    const tally = tallyOf(state.doc);
    const from = posOf(state, 'Regional');
    expect(nextTally(tally, state.tr.addMark(from, from + 8, schema.marks.bold!.create()))).toBe(tally);
    const tr = state.tr
      .insertText('First ', posOf(state, 'Concept'))
      .delete(posOf(state, 'Labour'), posOf(state, 'Labour') + 7)
      .insertText(' and more words at the end', state.doc.content.size - 2);
    follow(tally, tr);
  });

  it('agrees with a whole count after 300 edits of every kind, at random places', () => {
    let state = start();
    let tally = tallyOf(state.doc);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 300; i += 1) {
      const size = state.doc.content.size;
      const a = 1 + random(Math.max(1, size - 1));
      const b = Math.min(size - 1, a + random(40));
      const tr = state.tr;
      try {
        switch (random(4)) {
          case 0:
            tr.insertText(random(2) ? 'word ' : 'x', a);
            break;
          case 1:
            tr.delete(a, b);
            break;
          case 2:
            tr.split(a);
            break;
          default:
            tr.replaceWith(a, a, schema.text('two words'));
        }
      } catch {
        continue; // a split or insertion where the schema allows none
      }
      tally = follow(tally, tr);
      state = state.apply(tr);
    }
  });
});

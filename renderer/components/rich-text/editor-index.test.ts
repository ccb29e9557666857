import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/content/schema';
import { toEditor } from './editor-content';
import { indexOf, nextIndex } from './editor-index';
import { footnotePos, posOf, schema } from './editor-test-helpers';

const text = (t: string, note?: string) =>
  note
    ? {
        type: 'text' as const,
        text: t,
        marks: [{ type: 'translatorNote' as const, attrs: { id: note, note: `about ${t}` } }],
      }
    : { type: 'text' as const, text: t };
const footnote = (id: string, ...content: ReturnType<typeof text>[]) => ({
  type: 'footnote' as const,
  attrs: { id },
  content: [{ type: 'paragraph' as const, content }],
});
const body: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [text('First '), text('anchored', 'n1'), text(' text.'), footnote('f1', text('One.'))],
    },
    { type: 'paragraph', content: [text('Second text.'), footnote('f2', text('Two '), text('noted', 'n2'))] },
    { type: 'paragraph', content: [text('Third text.'), footnote('f3', text('Three.'))] },
  ],
};
const start = () => EditorState.create({ doc: PmNode.fromJSON(schema, toEditor(body)) });

/** Applies `tr` and checks the kept index against one read from the whole document. */
function follow(state: EditorState, tr: Transaction) {
  const before = indexOf(state.doc);
  const after = nextIndex(before, tr);
  expect(after).toEqual(indexOf(tr.doc));
  return { before, after };
}

describe('the footnotes and notes kept from transactions', () => {
  it('reads both lists, in order, with each note its anchor and footnote', () => {
    const index = indexOf(start().doc);
    expect(index.footnotes.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
    expect(index.notes).toEqual([
      { id: 'n1', note: 'about anchored', footnote: null, anchor: 'anchored' },
      { id: 'n2', note: 'about noted', footnote: 2, anchor: 'noted' },
    ]);
  });

  it('keeps both lists as they are when a key press touches no footnote and no note', () => {
    const state = start();
    const { before, after } = follow(state, state.tr.insertText('x', posOf(state, 'Third')));
    expect(after).toBe(before);
  });

  it('replaces only the edited footnote when its text changes', () => {
    const state = start();
    const pos = footnotePos(state, 'f3');
    const paragraphs = [{ type: 'paragraph', content: [text('Three, revised.')] }];
    const { before, after } = follow(state, state.tr.setNodeMarkup(pos, undefined, { id: 'f3', paragraphs }));
    expect(after.notes).toBe(before.notes);
    expect(after.footnotes[0]).toBe(before.footnotes[0]);
    expect(after.footnotes[2]!.paragraphs).toBe(paragraphs);
  });

  it('keeps the notes, list and objects, when a footnote holding a note changes outside its anchor', () => {
    const state = start();
    const pos = footnotePos(state, 'f2');
    const paragraphs = [{ type: 'paragraph', content: [text('Two more '), text('noted', 'n2')] }];
    const { before, after } = follow(state, state.tr.setNodeMarkup(pos, undefined, { id: 'f2', paragraphs }));
    expect(after.notes).toBe(before.notes);
    expect(after.footnotes[1]!.paragraphs).toBe(paragraphs);
    const anchored = [{ type: 'paragraph', content: [text('Two '), text('noted again', 'n2')] }];
    const changed = follow(state, state.tr.setNodeMarkup(pos, undefined, { id: 'f2', paragraphs: anchored }));
    expect(changed.after.notes[0]).toBe(changed.before.notes[0]);
    expect(changed.after.notes[1]!.anchor).toBe('noted again');
  });

  it('follows a footnote inserted or deleted, and the footnote numbers of the notes after it', () => {
    const state = start();
    const inserted = schema.nodes.footnote!.create({ id: 'f0', paragraphs: [{ type: 'paragraph' }] });
    const { after } = follow(state, state.tr.insert(posOf(state, 'First'), inserted));
    expect(after.footnotes.map((f) => f.id)).toEqual(['f0', 'f1', 'f2', 'f3']);
    expect(after.notes[1]!.footnote).toBe(3);
    const pos = footnotePos(state, 'f1');
    follow(state, state.tr.delete(pos, pos + 1));
  });

  it('follows a note added, and typing inside a note anchor', () => {
    const state = start();
    const from = posOf(state, 'Second');
    const mark = schema.marks.translatorNote!.create({ id: 'n3', note: 'New.' });
    const { after } = follow(state, state.tr.addMark(from, from + 6, mark));
    expect(after.notes.map((n) => n.id)).toEqual(['n1', 'n3', 'n2']);
    const inside = posOf(state, 'anchored') + 3;
    const typed = follow(state, state.tr.setSelection(TextSelection.create(state.doc, inside)).insertText('x'));
    expect(typed.after.notes[0]!.anchor).toBe('ancxhored');
  });
});

import { getSchema } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { editorExtensions } from './extensions';

/* What the tests of the editor's kept state (editor-index, word-tally) share: its schema and where things are. */

export const schema = getSchema(editorExtensions({ onInsertFootnote: () => {}, renderQuestions: () => {} }));

/** Where `needle` starts in the text of the state's document. */
export function posOf(state: EditorState, needle: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle);
  });
  return found;
}

/** Where the footnote `id` is. */
export function footnotePos(state: EditorState, id: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (node.type.name === 'footnote' && node.attrs.id === id) found = pos;
  });
  return found;
}

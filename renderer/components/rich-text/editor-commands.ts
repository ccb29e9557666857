import type { Editor } from '@tiptap/react';
import type { FootnoteParagraph } from '../../../shared/content/schema';
import { mapNoteInParagraphs } from './translator-notes';

interface FoundFootnote {
  pos: number;
  size: number;
  attrs: Record<string, unknown>;
}

/** Where each footnote was last found, per editor: typing in a footnote finds it again there without a walk of the text. */
const lastFound = new WeakMap<Editor, Map<string, number>>();

/** The footnote node with that id: its position, size and attributes. */
export function findFootnote(editor: Editor, id: string): FoundFootnote | null {
  const places = lastFound.get(editor) ?? new Map<string, number>();
  lastFound.set(editor, places);
  const hint = places.get(id);
  const there = hint !== undefined && hint < editor.state.doc.content.size ? editor.state.doc.nodeAt(hint) : null;
  if (there?.type.name === 'footnote' && there.attrs.id === id) {
    return { pos: hint!, size: there.nodeSize, attrs: there.attrs };
  }
  let found: FoundFootnote | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'footnote' && node.attrs.id === id) {
      found = { pos, size: node.nodeSize, attrs: node.attrs };
      places.set(id, pos);
      return false;
    }
    return true;
  });
  return found;
}

/** Replaces a footnote's paragraphs in one transaction (one undo step, one save). */
export function setFootnoteParagraphs(editor: Editor, id: string, paragraphs: FootnoteParagraph[]): void {
  const found = findFootnote(editor, id);
  if (!found) return;
  editor.view.dispatch(editor.state.tr.setNodeMarkup(found.pos, undefined, { ...found.attrs, paragraphs }));
}

export function deleteFootnote(editor: Editor, id: string): void {
  const found = findFootnote(editor, id);
  if (!found) return;
  editor.view.dispatch(editor.state.tr.delete(found.pos, found.pos + found.size));
  editor.commands.focus();
}

/** Puts the caret in the text just after the footnote's reference. */
export function focusAfterFootnote(editor: Editor, id: string): void {
  const found = findFootnote(editor, id);
  if (found)
    editor
      .chain()
      .focus()
      .setTextSelection(found.pos + found.size)
      .run();
  else editor.commands.focus();
}

/** Gives the note `id` a new text, or takes it off (null), in the text and in the footnotes, in one transaction. */
export function setTranslatorNote(editor: Editor, id: string, note: string | null): void {
  const type = editor.schema.marks.translatorNote!;
  const tr = editor.state.tr;
  editor.state.doc.descendants((node, pos) => {
    if (node.isText) {
      const mark = node.marks.find((m) => m.type === type && m.attrs.id === id);
      if (mark) {
        tr.removeMark(pos, pos + node.nodeSize, mark);
        if (note !== null) tr.addMark(pos, pos + node.nodeSize, type.create({ id, note }));
      }
    } else if (node.type.name === 'footnote') {
      const paragraphs = node.attrs.paragraphs as FootnoteParagraph[];
      const next = mapNoteInParagraphs(paragraphs, id, note);
      if (JSON.stringify(next) !== JSON.stringify(paragraphs)) {
        tr.setNodeMarkup(pos, undefined, { ...node.attrs, paragraphs: next });
      }
    }
    return true;
  });
  editor.view.dispatch(tr);
}

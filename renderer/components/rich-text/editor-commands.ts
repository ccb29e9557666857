import type { Editor } from '@tiptap/react';
import type { FootnoteParagraph } from '../../../shared/documents/schema';
import { mapNoteInParagraphs } from './translator-notes';

interface FoundFootnote {
  pos: number;
  size: number;
  attrs: Record<string, unknown>;
}

/** The footnote node with that id: its position, size and attributes. */
export function findFootnote(editor: Editor, id: string): FoundFootnote | null {
  let found: FoundFootnote | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'footnote' && node.attrs.id === id) {
      found = { pos, size: node.nodeSize, attrs: node.attrs };
      return false;
    }
    return true;
  });
  return found;
}

/**
 * The footnotes in their order as the editor holds them, with the id the commands here take (a
 * stored body may have none: the editor gives each one on loading). A footnote's paragraphs keep
 * their identity until it is edited.
 */
export function editorFootnotes(editor: Editor): { id: string; paragraphs: FootnoteParagraph[] }[] {
  const out: { id: string; paragraphs: FootnoteParagraph[] }[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'footnote') {
      out.push({ id: node.attrs.id as string, paragraphs: node.attrs.paragraphs as FootnoteParagraph[] });
    }
    return !node.isInline;
  });
  return out;
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

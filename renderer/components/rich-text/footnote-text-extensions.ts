import { Extension } from '@tiptap/react';
import { Plugin } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { CONTENT_LIMITS } from '../../../shared/content/schema';
import { NOT_STORED, NoLineBreak, safeLink, TranslatorNote } from './extensions';

/**
 * The schema of a footnote's text, as the stored schema has it: paragraphs (at most
 * CONTENT_LIMITS.footnoteParagraphs) of text with bold, italic, links and notes to the translator;
 * no headings, lists, quotes or footnotes, so pasted ones come in as plain paragraphs. There is no
 * undo history of its own: each edit goes to the main text as one transaction, and undo and redo
 * are the main text's, so one Ctrl+Z history covers the text and its footnotes.
 */

export interface FootnoteTextActions {
  undo: () => void;
  redo: () => void;
  /** Back to the main text, after the footnote's reference. */
  escape: () => void;
}

/** Refuses a change that would give the footnote more paragraphs than a footnote may have. */
const ParagraphLimit = Extension.create({
  name: 'footnoteParagraphLimit',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        filterTransaction: (tr) => !tr.docChanged || tr.doc.childCount <= CONTENT_LIMITS.footnoteParagraphs,
      }),
    ];
  },
});

/** Undo, redo and Escape go to the main text. */
const MainTextKeys = Extension.create<FootnoteTextActions>({
  name: 'mainTextKeys',
  addOptions() {
    return { undo: () => undefined, redo: () => undefined, escape: () => undefined };
  },
  addKeyboardShortcuts() {
    const run = (action: keyof FootnoteTextActions) => () => {
      this.options[action]();
      return true;
    };
    return { 'Mod-z': run('undo'), 'Shift-Mod-z': run('redo'), 'Mod-y': run('redo'), Escape: run('escape') };
  },
  addProseMirrorPlugins() {
    const { undo, redo } = this.options;
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            // The browser's own Edit menu undo would change the DOM behind the editor's back.
            beforeinput: (_view, event) => {
              if (event.inputType === 'historyUndo') undo();
              else if (event.inputType === 'historyRedo') redo();
              else return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});

export function footnoteTextExtensions(actions: FootnoteTextActions) {
  return [
    StarterKit.configure({
      ...NOT_STORED,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      heading: false,
      undoRedo: false,
      trailingNode: false,
      dropcursor: false,
      gapcursor: false,
    }),
    safeLink(),
    TranslatorNote,
    NoLineBreak,
    ParagraphLimit,
    MainTextKeys.configure(actions),
  ];
}

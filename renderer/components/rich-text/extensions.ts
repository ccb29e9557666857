import { Extension, Mark, Node, mergeAttributes, type Editor } from '@tiptap/react';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import { isSafeHref } from '../../../shared/content/schema';
import { newId } from './editor-content';

/**
 * The editor's schema: TipTap's defaults that the stored schema knows (no hard break, code,
 * strike, underline or rule), links limited to http, https and mailto, and the three custom
 * pieces: footnote, guidingQuestions and translatorNote.
 */

/** An inline atom; its paragraphs live in an attribute and are edited in the footnotes panel (footnote-text-editor.ts). */
export const Footnote = Node.create<{ onInsert: (id: string) => void }>({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions() {
    return { onInsert: () => undefined };
  },
  addAttributes() {
    return {
      id: { default: null, parseHTML: (el) => el.getAttribute('data-footnote-id') },
      paragraphs: {
        default: [{ type: 'paragraph' }],
        parseHTML: (el) => {
          try {
            return JSON.parse(el.getAttribute('data-footnote') ?? '') as unknown;
          } catch {
            return [{ type: 'paragraph' }];
          }
        },
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'sup',
      mergeAttributes(HTMLAttributes, {
        class: 'footnote-ref',
        'data-footnote': JSON.stringify(node.attrs.paragraphs),
        'data-footnote-id': node.attrs.id as string,
        'data-testid': 'footnote-ref',
      }),
    ];
  },
  renderText() {
    return '';
  },
  addKeyboardShortcuts() {
    // Word's own shortcut for a footnote.
    return { 'Mod-Alt-f': () => insertFootnote(this.editor, this.options.onInsert) };
  },
});

export function insertFootnote(editor: Editor, onInsert: (id: string) => void): boolean {
  const id = newId();
  const done = editor
    .chain()
    .focus()
    .insertContent({ type: 'footnote', attrs: { id, paragraphs: [{ type: 'paragraph' }] } })
    .run();
  if (done) onInsert(id);
  return done;
}

/** Where the session's guiding questions are printed: an atom; the questions are drawn, not stored. */
export const GuidingQuestions = Node.create<{ render: (dom: HTMLElement) => void }>({
  name: 'guidingQuestions',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  addOptions() {
    return { render: () => undefined };
  },
  parseHTML() {
    return [{ tag: 'div[data-guiding-questions]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-guiding-questions': '' })];
  },
  addNodeView() {
    return () => {
      const dom = document.createElement('div');
      dom.className = 'guiding-questions-block';
      dom.setAttribute('data-guiding-questions', '');
      dom.setAttribute('data-testid', 'guiding-questions-block');
      dom.contentEditable = 'false';
      this.options.render(dom);
      return { dom };
    };
  },
});

/** A note to the translator on a stretch of text: shown in the margin, never part of the text. */
export const TranslatorNote = Mark.create({
  name: 'translatorNote',
  inclusive: false,
  addAttributes() {
    return {
      id: { default: null, parseHTML: (el) => el.getAttribute('data-note-id') },
      note: { default: '', parseHTML: (el) => el.getAttribute('data-note') ?? '' },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-note-id]' }];
  },
  renderHTML({ mark }) {
    return [
      'span',
      {
        class: 'translator-note-anchor',
        'data-note-id': mark.attrs.id as string,
        'data-note': mark.attrs.note as string,
      },
      0,
    ];
  },
});

/** Enter makes a paragraph; Shift+Enter does nothing (a line break splits a sentence for translators). */
export const NoLineBreak = Extension.create({
  name: 'noLineBreak',
  addKeyboardShortcuts() {
    return { 'Shift-Enter': () => true, 'Mod-Enter': () => true };
  },
});

/** Word's pasted HTML: drop its comments, conditional blocks, `o:p` and style sheets before parsing. */
export function cleanPastedHtml(html: string): string {
  return (
    html
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<style[\s\S]*?<\/style>/gi, '')
      .replace(/<\/?o:p[^>]*>/gi, '')
      // A manual line break is not in the schema: it becomes a space, so the words around it stay apart.
      .replace(/<br[^>]*>/gi, ' ')
      .replace(/\s(?:style|class|lang)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
  );
}

/** StarterKit's pieces the stored schema has not (links come configured, from `safeLink`). */
export const NOT_STORED = {
  hardBreak: false,
  code: false,
  codeBlock: false,
  strike: false,
  underline: false,
  horizontalRule: false,
  link: false,
} as const;

/** Links as the stored schema has them: http, https and mailto only, typed in the link form, never made on their own. */
export const safeLink = () =>
  Link.configure({
    openOnClick: false,
    autolink: false,
    linkOnPaste: false,
    protocols: [],
    isAllowedUri: (url) => isSafeHref(url),
    HTMLAttributes: { target: null, rel: null, class: null },
  });

export function editorExtensions(options: {
  onInsertFootnote: (id: string) => void;
  renderQuestions: (dom: HTMLElement) => void;
}) {
  return [
    StarterKit.configure({ ...NOT_STORED, heading: { levels: [1, 2, 3] } }),
    safeLink(),
    Footnote.configure({ onInsert: options.onInsertFootnote }),
    GuidingQuestions.configure({ render: options.renderQuestions }),
    TranslatorNote,
    NoLineBreak,
  ];
}

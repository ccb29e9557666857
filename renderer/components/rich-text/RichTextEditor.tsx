import { EditorContent, useEditor, type Editor, type EditorEvents } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode } from '../../../shared/content/schema';
import type { Language } from '../../../shared/domain/languages';
import { fromEditor, fromEditorDoc, newId, toEditor } from './editor-content';
import { deleteFootnote, focusAfterFootnote, setTranslatorNote } from './editor-commands';
import { indexOf, nextIndex, type EditorIndex } from './editor-index';
import { cleanPastedHtml, editorExtensions } from './extensions';
import { FootnotesPanel } from './FootnotesPanel';
import { LinkForm } from './LinkForm';
import { NotesMargin } from './NotesMargin';
import { drawQuestions, type QuestionsView } from './questions-block';
import { Toolbar } from './Toolbar';
import { WordCount } from './WordCount';
import './rich-text.css';

export interface RichTextEditorProps {
  /** The stored body; when it changes to something else than the editor last sent, the editor shows it. */
  value: DocNode;
  /** Called with the cleaned body after each edit (the caller saves): for short texts. */
  onChange?: (next: DocNode) => void;
  /**
   * Called after each edit with a reader of the cleaned body, instead of `onChange`: for long texts,
   * whose conversion is left to when the save goes (the reader gives the body as it is then).
   */
  onEdit?: (read: () => DocNode) => void;
  /** The language of the text (the editable element's lang). */
  lang: Language;
  /** The accessible name of the editable text. */
  label: string;
  /** data-testid of the editable element. */
  testId?: string;
  /** Only the concept paper offers the guiding-questions block. */
  guidingQuestions?: QuestionsView;
  /** For short texts (agenda annotations): no headings; notes and footnotes under the text instead of a margin. */
  compact?: boolean;
  /** Shows the words of the text and its footnotes, kept as it is edited (a document's versions). */
  countWords?: boolean;
}

interface PendingNote {
  /** The main text's editor, or the open footnote's. */
  editor: Editor;
  from: number;
  to: number;
  text: string;
}

/** A text in TipTap with its toolbar, link form, footnotes panel (rich text too) and notes to the translator. */
export function RichTextEditor({
  value,
  onChange,
  onEdit,
  lang,
  label,
  testId = 'document-body',
  guidingQuestions,
  compact = false,
  countWords = false,
}: RichTextEditorProps) {
  const { t } = useTranslation();
  const [pendingNote, setPendingNote] = useState<PendingNote | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  // The footnote being edited (one editor at a time: the others are shown as text); one just inserted opens.
  const [openFootnote, setOpenFootnote] = useState<string | null>(null);
  const onChangeRef = useRef(onChange);
  const onEditRef = useRef(onEdit);
  const sent = useRef(value);
  useEffect(() => {
    onChangeRef.current = onChange;
    onEditRef.current = onEdit;
  });
  // The questions as the block shows them: read once (they do not change while the text is open).
  const [questionsView] = useState<QuestionsView>(
    () => guidingQuestions ?? { texts: [], heading: t('documentEditor.questions.heading'), none: '' },
  );
  const extensions = useMemo(
    () =>
      editorExtensions({
        onInsertFootnote: setOpenFootnote,
        renderQuestions: (dom) => drawQuestions(dom, questionsView),
      }),
    [questionsView],
  );
  // Options that keep their identity across renders: TipTap hands changed options to the editor on each render.
  const [content] = useState(() => toEditor(value));
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'rich-text__body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        lang,
        'data-testid': testId,
      },
      transformPastedHTML: cleanPastedHtml,
    }),
    [label, lang, testId],
  );

  // The editor never draws this component again by itself (a long text's key press costs no React
  // work here): what shows the text's state follows it by its own means.
  const editor = useEditor({
    extensions,
    content,
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ editor: current }) => {
      if (onEditRef.current) {
        onEditRef.current(() => fromEditorDoc(current.state.doc));
        return;
      }
      const next = fromEditor(current.getJSON());
      sent.current = next;
      onChangeRef.current?.(next);
    },
  });

  // The footnotes and the notes, kept from each transaction's steps (editor-index.ts).
  const [index, setIndex] = useState<EditorIndex>(() => indexOf(editor.state.doc));
  const indexed = useRef({ doc: editor.state.doc, index });
  useEffect(() => {
    const follow = ({ transaction }: EditorEvents['transaction']) => {
      const known = indexed.current;
      const next = known.doc === transaction.before ? nextIndex(known.index, transaction) : indexOf(transaction.doc);
      indexed.current = { doc: transaction.doc, index: next };
      if (next !== known.index) setIndex(next);
    };
    if (indexed.current.doc !== editor.state.doc)
      follow({ transaction: editor.state.tr } as EditorEvents['transaction']);
    editor.on('transaction', follow);
    return () => {
      editor.off('transaction', follow);
    };
  }, [editor]);

  // A body from outside (not the one this editor sent) is shown as it is, without an update back.
  const [outside, setOutside] = useState(value);
  if (value !== outside) setOutside(value);
  useEffect(() => {
    if (outside === sent.current) return;
    sent.current = outside;
    if (JSON.stringify(fromEditor(editor.getJSON())) !== JSON.stringify(outside)) {
      editor.commands.setContent(toEditor(outside), { emitUpdate: false });
    }
  }, [editor, outside]);

  // Callbacks keep their identity: the toolbar, the footnotes and the margin are drawn again only when what they show changed.
  const startNote = useCallback(
    (target: Editor) => {
      const { from, to, empty } = target.state.selection;
      if (empty) {
        setHint(t('documentEditor.notes.selectFirst'));
        return;
      }
      setHint(null);
      setPendingNote({ editor: target, from, to, text: target.state.doc.textBetween(from, to, ' ') });
    },
    [t],
  );

  const addNote = useCallback(
    (note: string) => {
      // The footnote it was begun in may have been closed since.
      if (!pendingNote || pendingNote.editor.isDestroyed || !note.trim()) return;
      pendingNote.editor
        .chain()
        .focus()
        .setTextSelection({ from: pendingNote.from, to: pendingNote.to })
        .setMark('translatorNote', { id: newId(), note: note.trim() })
        .run();
      setPendingNote(null);
    },
    [pendingNote],
  );
  const cancelNote = useCallback(() => {
    setPendingNote(null);
    if (pendingNote && !pendingNote.editor.isDestroyed) pendingNote.editor.commands.focus();
  }, [pendingNote]);
  const changeNote = useCallback((id: string, note: string | null) => setTranslatorNote(editor, id, note), [editor]);

  const closeFootnote = useCallback(
    (id: string) => {
      setOpenFootnote(null);
      focusAfterFootnote(editor, id);
    },
    [editor],
  );
  const removeFootnote = useCallback((id: string) => deleteFootnote(editor, id), [editor]);
  const toggleLink = useCallback(() => setLinkOpen((open) => !open), []);
  const noteOnText = useCallback(() => startNote(editor), [editor, startNote]);

  const footnotes = (
    <FootnotesPanel
      footnotes={index.footnotes}
      lang={lang}
      main={editor}
      open={openFootnote}
      onOpen={setOpenFootnote}
      onEscape={closeFootnote}
      onDelete={removeFootnote}
      onNote={startNote}
    />
  );
  const notes = (
    <NotesMargin
      notes={index.notes}
      compact={compact}
      pendingAnchor={pendingNote?.text ?? null}
      onAdd={addNote}
      onCancel={cancelNote}
      onChange={changeNote}
    />
  );

  return (
    <div className={`rich-text${compact ? ' rich-text--compact' : ''}`}>
      <div className="rich-text__main">
        <Toolbar
          editor={editor}
          compact={compact}
          questions={guidingQuestions !== undefined}
          onLink={toggleLink}
          onFootnoteInserted={setOpenFootnote}
          onNote={noteOnText}
        />
        {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
        {hint && (
          <p className="field__hint" role="status">
            {hint}
          </p>
        )}
        <EditorContent editor={editor} className="rich-text__frame" />
        <p className="field__hint">{t('documentEditor.shortcuts')}</p>
        {countWords && <WordCount editor={editor} />}
        {footnotes}
        {compact && notes}
      </div>
      {!compact && notes}
    </div>
  );
}

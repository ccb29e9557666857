import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode } from '../../../shared/documents/schema';
import type { Language } from '../../../shared/domain/languages';
import { fromEditor, newId, toEditor } from './editor-content';
import { deleteFootnote, editorFootnotes, focusAfterFootnote, setTranslatorNote } from './editor-commands';
import { cleanPastedHtml, editorExtensions } from './extensions';
import { FootnotesPanel } from './FootnotesPanel';
import { LinkForm } from './LinkForm';
import { NotesMargin } from './NotesMargin';
import { drawQuestions, type QuestionsView } from './questions-block';
import { Toolbar } from './Toolbar';
import './rich-text.css';

export interface RichTextEditorProps {
  /** The stored body; when it changes to something else than the editor last sent, the editor shows it. */
  value: DocNode;
  /** Called with the cleaned body after each edit (the caller saves). */
  onChange: (next: DocNode) => void;
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
  lang,
  label,
  testId = 'document-body',
  guidingQuestions,
  compact = false,
}: RichTextEditorProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState<DocNode>(value);
  const [pendingNote, setPendingNote] = useState<PendingNote | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  // The footnote being edited (one editor at a time: the others are shown as text); one just inserted opens.
  const [openFootnote, setOpenFootnote] = useState<string | null>(null);
  const onChangeRef = useRef(onChange);
  const sent = useRef(value);
  useEffect(() => {
    onChangeRef.current = onChange;
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

  const editor = useEditor({
    extensions,
    content: toEditor(value),
    shouldRerenderOnTransaction: true,
    editorProps: {
      attributes: {
        class: 'rich-text__body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        lang,
        'data-testid': testId,
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: current }) => {
      const next = fromEditor(current.getJSON());
      sent.current = next;
      setBody(next);
      onChangeRef.current(next);
    },
  });

  // A body from outside (not the one this editor sent) is shown as it is, without an update back.
  const [outside, setOutside] = useState(value);
  if (value !== outside) {
    setOutside(value);
    if (value !== body) setBody(value);
  }
  useEffect(() => {
    if (!editor || outside === sent.current) return;
    sent.current = outside;
    if (JSON.stringify(fromEditor(editor.getJSON())) !== JSON.stringify(outside)) {
      editor.commands.setContent(toEditor(outside), { emitUpdate: false });
    }
  }, [editor, outside]);

  function startNote(target: Editor) {
    const { from, to, empty } = target.state.selection;
    if (empty) {
      setHint(t('documentEditor.notes.selectFirst'));
      return;
    }
    setHint(null);
    setPendingNote({ editor: target, from, to, text: target.state.doc.textBetween(from, to, ' ') });
  }

  function addNote(note: string) {
    // The footnote it was begun in may have been closed since.
    if (!pendingNote || pendingNote.editor.isDestroyed || !note.trim()) return;
    pendingNote.editor
      .chain()
      .focus()
      .setTextSelection({ from: pendingNote.from, to: pendingNote.to })
      .setMark('translatorNote', { id: newId(), note: note.trim() })
      .run();
    setPendingNote(null);
  }

  const closeFootnote = useCallback(
    (id: string) => {
      setOpenFootnote(null);
      if (editor) focusAfterFootnote(editor, id);
    },
    [editor],
  );

  const footnotes = editor && (
    <FootnotesPanel
      footnotes={editorFootnotes(editor)}
      lang={lang}
      main={editor}
      open={openFootnote}
      onOpen={setOpenFootnote}
      onEscape={closeFootnote}
      onDelete={(id) => deleteFootnote(editor, id)}
      onNote={startNote}
    />
  );
  const notes = (
    <NotesMargin
      body={body}
      compact={compact}
      pendingAnchor={pendingNote?.text ?? null}
      onAdd={addNote}
      onCancel={() => {
        setPendingNote(null);
        if (pendingNote && !pendingNote.editor.isDestroyed) pendingNote.editor.commands.focus();
      }}
      onChange={(id, note) => editor && setTranslatorNote(editor, id, note)}
    />
  );

  return (
    <div className={`rich-text${compact ? ' rich-text--compact' : ''}`}>
      <div className="rich-text__main">
        <Toolbar
          editor={editor}
          compact={compact}
          questions={guidingQuestions !== undefined}
          onLink={() => setLinkOpen(!linkOpen)}
          onFootnoteInserted={setOpenFootnote}
          onNote={() => editor && startNote(editor)}
        />
        {linkOpen && editor && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
        {hint && (
          <p className="field__hint" role="status">
            {hint}
          </p>
        )}
        <EditorContent editor={editor} className="rich-text__frame" />
        <p className="field__hint">{t('documentEditor.shortcuts')}</p>
        {footnotes}
        {compact && notes}
      </div>
      {!compact && notes}
    </div>
  );
}

import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode } from '../../../shared/documents/schema';
import type { Language } from '../../../shared/domain/languages';
import { fromEditor, newId, toEditor } from './editor-content';
import { deleteFootnote, focusAfterFootnote, setFootnoteParagraphs, setTranslatorNote } from './editor-commands';
import { cleanPastedHtml, editorExtensions } from './extensions';
import { FootnotesPanel } from './FootnotesPanel';
import { LinkForm } from './LinkForm';
import { NotesMargin } from './NotesMargin';
import { drawQuestions, type QuestionsView } from './questions-block';
import { Toolbar } from './Toolbar';

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
  from: number;
  to: number;
  text: string;
}

/** A text in TipTap with its toolbar, link form, footnotes panel and notes to the translator. */
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
  // The footnote just inserted: its text field takes the focus once it is on screen.
  const [focusFootnote, setFocusFootnote] = useState<string | null>(null);
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
        onInsertFootnote: setFocusFootnote,
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

  useEffect(() => {
    if (focusFootnote) {
      window.document.querySelector<HTMLElement>(`[data-footnote-field="${focusFootnote}"]`)?.focus();
    }
  }, [focusFootnote]);

  function setFootnoteText(id: string, text: string) {
    if (!editor) return;
    const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    setFootnoteParagraphs(
      editor,
      id,
      clean ? [{ type: 'paragraph', content: [{ type: 'text', text: clean }] }] : [{ type: 'paragraph' }],
    );
  }

  function startNote() {
    if (!editor) return;
    const { from, to, empty } = editor.state.selection;
    if (empty) {
      setHint(t('documentEditor.notes.selectFirst'));
      return;
    }
    setHint(null);
    setPendingNote({ from, to, text: editor.state.doc.textBetween(from, to, ' ') });
  }

  function addNote(note: string) {
    if (!editor || !pendingNote || !note.trim()) return;
    editor
      .chain()
      .focus()
      .setTextSelection({ from: pendingNote.from, to: pendingNote.to })
      .setMark('translatorNote', { id: newId(), note: note.trim() })
      .run();
    setPendingNote(null);
  }

  const footnotes = editor && (
    <FootnotesPanel
      body={body}
      lang={lang}
      onText={setFootnoteText}
      onDelete={(id) => deleteFootnote(editor, id)}
      onEscape={(id) => focusAfterFootnote(editor, id)}
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
        editor?.commands.focus();
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
          onFootnoteInserted={setFocusFootnote}
          onNote={startNote}
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

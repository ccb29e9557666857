import type { Editor } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { footnoteNumbers, footnoteText, isPlainFootnote, translatorNotes } from '../../../shared/documents/helpers';
import {
  CONTENT_SCHEMA_VERSION,
  isSafeHref,
  StoredContentSchema,
  type DocNode,
  type FootnoteParagraph,
  type TitleBlock,
} from '../../../shared/documents/schema';
import type { DocumentVersion } from '../../../shared/domain/document';
import type { GuidingQuestion } from '../../../shared/domain/guiding-question';
import { pickLocalized, type Language } from '../../../shared/domain/languages';
import { TextField } from '../../components/form/fields';
import { useSaver } from '../../saving/use-saver';
import { emptyContent } from '../../../shared/documents/helpers';
import { fromEditor, newId, toEditor } from './editor-content';
import { cleanPastedHtml, editorExtensions, insertFootnote } from './extensions';

interface PendingNote {
  from: number;
  to: number;
  text: string;
}

/** The text a translator note is anchored on, body and footnotes together. */
function anchorText(doc: DocNode, id: string): string {
  const parts: string[] = [];
  const visit = (node: { text?: string; marks?: { type: string; attrs?: unknown }[] }) => {
    if (node.marks?.some((m) => m.type === 'translatorNote' && (m.attrs as { id: string }).id === id)) {
      parts.push(node.text ?? '');
    }
  };
  const walk = (nodes: readonly unknown[] | undefined) => {
    for (const raw of nodes ?? []) {
      const node = raw as { type: string; content?: unknown[]; text?: string };
      if (node.type === 'text') visit(node as never);
      else walk(node.content);
    }
  };
  walk(doc.content);
  return parts.join('');
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Footnote paragraphs with the note `id` given a new text, or taken off (note null). */
function mapNoteInParagraphs(paragraphs: FootnoteParagraph[], id: string, note: string | null): FootnoteParagraph[] {
  return paragraphs.map((p) => ({
    ...p,
    content: p.content?.map((t) => {
      if (!t.marks?.some((m) => m.type === 'translatorNote' && m.attrs.id === id)) return t;
      const marks = t.marks.flatMap((m) =>
        m.type === 'translatorNote' && m.attrs.id === id ? (note === null ? [] : [{ ...m, attrs: { id, note } }]) : [m],
      );
      return marks.length ? { ...t, marks } : { type: t.type, text: t.text };
    }),
  }));
}

/** Finds the footnote node with that id: its position and node. */
function findFootnote(editor: Editor, id: string) {
  let found: { pos: number; size: number; attrs: Record<string, unknown> } | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'footnote' && node.attrs.id === id) {
      found = { pos, size: node.nodeSize, attrs: node.attrs };
      return false;
    }
    return true;
  });
  return found as { pos: number; size: number; attrs: Record<string, unknown> } | null;
}

export function DocumentEditor({
  version,
  questions,
}: {
  version: DocumentVersion;
  questions: readonly GuidingQuestion[];
}) {
  const { t } = useTranslation();
  const saver = useSaver();
  const lang: Language = version.language;
  const initial = useMemo(() => version.content ?? emptyContent(), [version]);
  const [titleBlock, setTitleBlock] = useState<TitleBlock>(initial.titleBlock);
  const [controlNumber, setControlNumber] = useState(version.controlNumber);
  const [body, setBody] = useState<DocNode>(initial.body);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [pendingNote, setPendingNote] = useState<PendingNote | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [linkForm, setLinkForm] = useState<{ href: string; error: boolean } | null>(null);
  const titleRef = useRef(titleBlock);
  const bodyRef = useRef(body);

  const questionTexts = useMemo(
    () =>
      [...questions].sort((a, b) => a.position - b.position).map((q) => q.text[lang] || pickLocalized(q.text, lang)),
    [questions, lang],
  );
  // The questions and their heading as the block shows them (they do not change while the version is open).
  const [questionsView] = useState(() => ({
    texts: questionTexts,
    heading: t('documentEditor.questions.heading'),
    none: t('documentEditor.questions.none'),
  }));

  function save(nextTitle: TitleBlock, nextBody: DocNode) {
    const { documentKindLabel, ...rest } = nextTitle;
    const content = {
      schemaVersion: CONTENT_SCHEMA_VERSION,
      titleBlock: documentKindLabel?.trim() ? { documentKindLabel, ...rest } : rest,
      body: nextBody,
    };
    const checked = StoredContentSchema.safeParse(content);
    if (!checked.success) {
      setInvalid(checked.error.issues[0]?.message ?? '');
      return;
    }
    setInvalid(null);
    saver.patch('documentVersions', version.id, { content: checked.data });
  }
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  // The footnote just inserted: its text field takes the focus once it is on screen.
  const [focusFootnote, setFocusFootnote] = useState<string | null>(null);

  const extensions = useMemo(
    () =>
      editorExtensions({
        onInsertFootnote: setFocusFootnote,
        renderQuestions: (dom) => {
          const { texts, heading, none } = questionsView;
          const title = window.document.createElement('p');
          title.className = 'guiding-questions-block__title';
          title.textContent = heading;
          dom.append(title);
          if (!texts.length) {
            const p = window.document.createElement('p');
            p.textContent = none;
            dom.append(p);
            return;
          }
          const list = window.document.createElement('ol');
          for (const text of texts) {
            const li = window.document.createElement('li');
            li.textContent = text;
            list.append(li);
          }
          dom.append(list);
        },
      }),
    [questionsView],
  );

  const editor = useEditor({
    extensions,
    content: toEditor(initial.body),
    shouldRerenderOnTransaction: true,
    editorProps: {
      attributes: {
        class: 'document-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('documentEditor.body'),
        lang,
        'data-testid': 'document-body',
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: current }) => {
      const next = fromEditor(current.getJSON());
      bodyRef.current = next;
      setBody(next);
      saveRef.current(titleRef.current, next);
    },
  });

  useEffect(() => {
    if (focusFootnote) {
      window.document.querySelector<HTMLTextAreaElement>(`[data-footnote-field="${focusFootnote}"]`)?.focus();
    }
  }, [focusFootnote]);

  function changeTitle(patch: Partial<TitleBlock>) {
    const next = { ...titleRef.current, ...patch };
    titleRef.current = next;
    setTitleBlock(next);
    save(next, bodyRef.current);
  }

  function setFootnoteText(id: string, text: string) {
    if (!editor) return;
    const found = findFootnote(editor, id);
    if (!found) return;
    const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    const paragraphs = clean
      ? [{ type: 'paragraph', content: [{ type: 'text', text: clean }] }]
      : [{ type: 'paragraph' }];
    editor.view.dispatch(editor.state.tr.setNodeMarkup(found.pos, undefined, { ...found.attrs, paragraphs }));
  }

  function deleteFootnote(id: string) {
    if (!editor) return;
    const found = findFootnote(editor, id);
    if (!found) return;
    editor.view.dispatch(editor.state.tr.delete(found.pos, found.pos + found.size));
    editor.commands.focus();
  }

  function backToText(id: string) {
    if (!editor) return;
    const found = findFootnote(editor, id);
    if (found)
      editor
        .chain()
        .focus()
        .setTextSelection(found.pos + found.size)
        .run();
    else editor.commands.focus();
  }

  function setNote(id: string, note: string | null) {
    if (!editor) return;
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

  function applyLink() {
    if (!editor || !linkForm) return;
    const href = linkForm.href.trim();
    if (!isSafeHref(href)) {
      setLinkForm({ ...linkForm, error: true });
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    setLinkForm(null);
  }

  const footnotes = footnoteNumbers(body);
  const notes = translatorNotes(body);
  const hasQuestions = body.content.some((b) => b.type === 'guidingQuestions');

  return (
    <div className="document-editor" data-testid="document-editor">
      <section className="section document-editor__title-block" aria-labelledby="title-block-heading">
        <h2 id="title-block-heading">{t('documentEditor.titleBlock')}</h2>
        <div className="form-grid">
          <TextField
            label={t('documentEditor.fields.kindLabel')}
            hint={t('documentEditor.fields.kindLabelHint')}
            value={titleBlock.documentKindLabel ?? ''}
            lang={lang}
            testId="title-kind-label"
            onChange={(documentKindLabel) => changeTitle({ documentKindLabel })}
          />
          <TextField
            label={t('documentEditor.fields.controlNumber')}
            value={controlNumber}
            testId="title-control-number"
            onChange={(value) => {
              setControlNumber(value);
              saver.patch('documentVersions', version.id, { controlNumber: value });
            }}
          />
          <TextField
            label={t('documentEditor.fields.title')}
            value={titleBlock.title}
            multiline
            rows={2}
            lang={lang}
            testId="title-title"
            onChange={(title) => changeTitle({ title })}
          />
          <TextField
            label={t('documentEditor.fields.subtitle')}
            value={titleBlock.subtitle}
            multiline
            rows={2}
            lang={lang}
            testId="title-subtitle"
            onChange={(subtitle) => changeTitle({ subtitle })}
          />
          <TextField
            label={t('documentEditor.fields.date')}
            type="date"
            value={titleBlock.date}
            testId="title-date"
            onChange={(date) => changeTitle({ date })}
          />
          <TextField
            label={t('documentEditor.fields.authorship')}
            hint={t('documentEditor.fields.authorshipHint')}
            value={titleBlock.authorship}
            lang={lang}
            testId="title-authorship"
            onChange={(authorship) => changeTitle({ authorship })}
          />
        </div>
      </section>

      {invalid !== null && (
        <p className="notice notice--error" role="alert" data-testid="document-invalid">
          {t('documentEditor.invalid', { reason: invalid })}
        </p>
      )}

      <div className="document-editor__columns">
        <div className="document-editor__main">
          <div className="editor-toolbar" role="toolbar" aria-label={t('documentEditor.toolbar.label')}>
            <ToolButton
              label={t('documentEditor.toolbar.paragraph')}
              pressed={editor?.isActive('paragraph')}
              onClick={() => editor?.chain().focus().setParagraph().run()}
            >
              ¶
            </ToolButton>
            {([1, 2, 3] as const).map((level) => (
              <ToolButton
                key={level}
                label={t('documentEditor.toolbar.heading', { level })}
                pressed={editor?.isActive('heading', { level })}
                onClick={() => editor?.chain().focus().toggleHeading({ level }).run()}
              >
                H{level}
              </ToolButton>
            ))}
            <span className="editor-toolbar__gap" />
            <ToolButton
              label={t('documentEditor.toolbar.bold')}
              pressed={editor?.isActive('bold')}
              onClick={() => editor?.chain().focus().toggleBold().run()}
            >
              <b>B</b>
            </ToolButton>
            <ToolButton
              label={t('documentEditor.toolbar.italic')}
              pressed={editor?.isActive('italic')}
              onClick={() => editor?.chain().focus().toggleItalic().run()}
            >
              <i>I</i>
            </ToolButton>
            <ToolButton
              label={t('documentEditor.toolbar.link')}
              wide
              pressed={editor?.isActive('link')}
              onClick={() =>
                setLinkForm(
                  linkForm
                    ? null
                    : { href: (editor?.getAttributes('link').href as string | undefined) ?? '', error: false },
                )
              }
            >
              {t('documentEditor.toolbar.link')}
            </ToolButton>
            <span className="editor-toolbar__gap" />
            <ToolButton
              label={t('documentEditor.toolbar.bulletList')}
              pressed={editor?.isActive('bulletList')}
              onClick={() => editor?.chain().focus().toggleBulletList().run()}
            >
              •≡
            </ToolButton>
            <ToolButton
              label={t('documentEditor.toolbar.orderedList')}
              pressed={editor?.isActive('orderedList')}
              onClick={() => editor?.chain().focus().toggleOrderedList().run()}
            >
              1≡
            </ToolButton>
            <ToolButton
              label={t('documentEditor.toolbar.blockquote')}
              pressed={editor?.isActive('blockquote')}
              onClick={() => editor?.chain().focus().toggleBlockquote().run()}
            >
              ❝
            </ToolButton>
            <span className="editor-toolbar__gap" />
            <ToolButton
              label={t('documentEditor.toolbar.footnote')}
              wide
              onClick={() => editor && insertFootnote(editor, setFocusFootnote)}
            >
              {t('documentEditor.toolbar.footnote')}
            </ToolButton>
            <ToolButton label={t('documentEditor.toolbar.translatorNote')} wide onClick={startNote}>
              {t('documentEditor.toolbar.translatorNote')}
            </ToolButton>
            <ToolButton
              label={t('documentEditor.toolbar.guidingQuestions')}
              wide
              disabled={hasQuestions}
              onClick={() => editor?.chain().focus().insertContent({ type: 'guidingQuestions' }).run()}
            >
              {t('documentEditor.toolbar.guidingQuestions')}
            </ToolButton>
          </div>
          {linkForm && (
            <form
              className="inline-form editor-link-form"
              onSubmit={(e) => {
                e.preventDefault();
                applyLink();
              }}
            >
              <TextField
                label={t('documentEditor.link.address')}
                value={linkForm.href}
                autoFocus
                testId="link-address"
                error={linkForm.error ? t('documentEditor.link.invalid') : undefined}
                onChange={(href) => setLinkForm({ href, error: false })}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    setLinkForm(null);
                    editor?.commands.focus();
                  }
                }}
              />
              <button type="submit" className="button button--small button--primary">
                {t('documentEditor.link.apply')}
              </button>
              {editor?.isActive('link') && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    editor.chain().focus().extendMarkRange('link').unsetLink().run();
                    setLinkForm(null);
                  }}
                >
                  {t('documentEditor.link.remove')}
                </button>
              )}
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setLinkForm(null);
                  editor?.commands.focus();
                }}
              >
                {t('documentEditor.link.cancel')}
              </button>
            </form>
          )}
          {hint && (
            <p className="field__hint" role="status">
              {hint}
            </p>
          )}
          <EditorContent editor={editor} className="document-body-frame" />
          <p className="field__hint">{t('documentEditor.shortcuts')}</p>

          <section className="section document-footnotes" aria-labelledby="footnotes-heading">
            <h2 id="footnotes-heading">{t('documentEditor.footnotes.title')}</h2>
            {footnotes.length === 0 ? (
              <p className="empty-hint">{t('documentEditor.footnotes.empty')}</p>
            ) : (
              <ol className="footnote-list" data-testid="footnote-list">
                {footnotes.map(({ number, node }) => {
                  const id = node.attrs?.id ?? String(number);
                  // Rewriting a footnote with a link or a note as plain text would drop them: it is shown, not edited.
                  const plain = isPlainFootnote(node.content);
                  return (
                    <li key={id} data-testid="footnote-item" value={number}>
                      <LabelledArea
                        label={t('documentEditor.footnotes.text', { n: number })}
                        value={footnoteText(node.content)}
                        lang={lang}
                        dataKey={{ 'data-footnote-field': id }}
                        testId="footnote-text"
                        readOnly={!plain}
                        hint={plain ? undefined : t('documentEditor.footnotes.keptAsIs')}
                        onChange={(text) => setFootnoteText(id, text)}
                        onEscape={() => backToText(id)}
                      />
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => deleteFootnote(id)}
                      >
                        {t('documentEditor.footnotes.delete', { n: number })}
                      </button>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </div>

        <aside className="document-editor__margin" aria-labelledby="notes-heading" data-testid="translator-notes">
          <h2 id="notes-heading">{t('documentEditor.notes.title')}</h2>
          {pendingNote && (
            <NewNote
              anchor={shorten(pendingNote.text)}
              onAdd={addNote}
              onCancel={() => {
                setPendingNote(null);
                editor?.commands.focus();
              }}
            />
          )}
          {notes.length === 0 && !pendingNote ? (
            <p className="empty-hint">{t('documentEditor.notes.empty')}</p>
          ) : (
            <ul className="note-list">
              {notes.map((note) => {
                const anchor = shorten(anchorText(body, note.id));
                return (
                  <li key={note.id} className="note-list__item" data-testid="translator-note">
                    {note.footnote !== null && (
                      <p className="muted">{t('documentEditor.notes.inFootnote', { n: note.footnote })}</p>
                    )}
                    <NoteField
                      label={t('documentEditor.notes.note', { text: anchor })}
                      note={note.note}
                      onChange={(text) => setNote(note.id, text)}
                    />
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('documentEditor.notes.remove', { text: anchor })}
                      onClick={() => setNote(note.id, null)}
                    >
                      {t('common.delete')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </aside>
      </div>
    </div>
  );
}

function ToolButton({
  label,
  pressed,
  disabled,
  wide,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  wide?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`editor-toolbar__button${wide ? ' editor-toolbar__button--wide' : ''}`}
      aria-label={wide ? undefined : label}
      title={label}
      aria-pressed={pressed === undefined ? undefined : pressed}
      disabled={disabled}
      // Keep the editor's selection: the click acts on it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** A one-paragraph text area (Enter adds no line break) with its label. */
function LabelledArea({
  label,
  value,
  lang,
  testId,
  dataKey,
  autoFocus,
  error,
  readOnly,
  hint,
  onChange,
  onEscape,
  onEnter,
}: {
  label: string;
  value: string;
  lang?: string;
  testId?: string;
  dataKey?: Record<string, string>;
  autoFocus?: boolean;
  error?: string | null;
  readOnly?: boolean;
  hint?: string | undefined;
  onChange: (value: string) => void;
  onEscape?: () => void;
  onEnter?: () => void;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        lang={lang}
        autoFocus={autoFocus}
        readOnly={readOnly}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...dataKey}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onEnter?.();
          } else if (e.key === 'Escape' && onEscape) {
            e.preventDefault();
            onEscape();
          }
        }}
        onChange={(e) => onChange(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
      />
      {hint && !error && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A note's text: kept on screen while empty (and not saved), sent as soon as it has text again. */
function NoteField({ label, note, onChange }: { label: string; note: string; onChange: (note: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? note;
  return (
    <LabelledArea
      label={label}
      value={value}
      testId="translator-note-text"
      error={value.trim() ? null : t('documentEditor.notes.emptyNote')}
      onChange={(text) => {
        setDraft(text);
        if (text.trim()) onChange(text);
      }}
    />
  );
}

function NewNote({ anchor, onAdd, onCancel }: { anchor: string; onAdd: (note: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="note-list__new"
      data-testid="new-translator-note"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(text);
      }}
    >
      <LabelledArea
        label={t('documentEditor.notes.newNote', { text: anchor })}
        value={text}
        autoFocus
        testId="new-translator-note-text"
        onChange={setText}
        onEnter={() => onAdd(text)}
        onEscape={onCancel}
      />
      <div className="inline-form">
        <button type="submit" className="button button--small button--primary" disabled={!text.trim()}>
          {t('documentEditor.notes.add')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('documentEditor.notes.cancel')}
        </button>
      </div>
    </form>
  );
}

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FootnoteParagraph } from '../../../shared/content/schema';
import { cleanFootnoteParagraphs } from './editor-content';
import { setFootnoteParagraphs } from './editor-commands';
import { cleanPastedHtml } from './extensions';
import { footnoteTextExtensions } from './footnote-text-extensions';
import { LinkForm } from './LinkForm';
import { MarkButtons } from './MarkButtons';
import { ToolButton } from './ToolButton';

const asDoc = (paragraphs: readonly FootnoteParagraph[]) => ({ type: 'doc', content: [...paragraphs] });

/**
 * The one footnote being edited, as rich text in a small editor of its own. Each edit replaces the
 * footnote's paragraphs in the main text in one transaction (so the main text's undo and the save
 * queue take it like any edit), and a change made from there (undo, a note edited in the margin)
 * is shown here.
 */
export function FootnoteTextEditor({
  id,
  number,
  paragraphs,
  lang,
  main,
  onEscape,
  onNote,
}: {
  id: string;
  number: number;
  /** The footnote's paragraphs as the main text holds them now. */
  paragraphs: readonly FootnoteParagraph[];
  lang: string;
  main: Editor;
  /** Back to the main text after this footnote's reference; stable, as the editor keeps it. */
  onEscape: (id: string) => void;
  /** "Add a note to the translator" on this editor's selection. */
  onNote: (editor: Editor) => void;
}) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const toggleLink = useCallback(() => setLinkOpen((open) => !open), []);
  const sent = useRef(JSON.stringify(paragraphs));
  // Given again when the number changes (TipTap passes changed options on), so the name follows the footnote's number.
  const label = t('documentEditor.footnotes.text', { n: number });
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'footnote-text__body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        lang,
        'data-testid': 'footnote-text',
        'data-footnote-field': id,
      },
      transformPastedHTML: cleanPastedHtml,
    }),
    [label, lang, id],
  );
  const [content] = useState(() => asDoc(paragraphs));

  const extensions = useMemo(
    () =>
      footnoteTextExtensions({
        undo: () => main.commands.undo(),
        redo: () => main.commands.redo(),
        escape: () => onEscape(id),
      }),
    [main, id, onEscape],
  );
  const editor = useEditor({
    extensions,
    content,
    autofocus: 'end',
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ editor: current }) => {
      const next = cleanFootnoteParagraphs(current.getJSON().content);
      const json = JSON.stringify(next);
      if (json === sent.current) return;
      sent.current = json;
      setFootnoteParagraphs(main, id, next);
    },
  });

  // A change from the main text (its undo, a note edited in the margin) is shown without an update back.
  useEffect(() => {
    const json = JSON.stringify(paragraphs);
    if (json === sent.current) return;
    sent.current = json;
    editor.commands.setContent(asDoc(paragraphs), { emitUpdate: false });
  }, [editor, paragraphs]);

  return (
    <div className="footnote-text">
      <div className="editor-toolbar" role="toolbar" aria-label={t('documentEditor.footnotes.toolbar', { n: number })}>
        <MarkButtons editor={editor} onLink={toggleLink} />
        <ToolButton label={t('documentEditor.toolbar.translatorNote')} wide onClick={() => onNote(editor)}>
          {t('documentEditor.toolbar.translatorNote')}
        </ToolButton>
      </div>
      {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
      <EditorContent editor={editor} />
    </div>
  );
}

import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode } from '../../../../shared/content/schema';
import type { Language } from '../../../../shared/domain/languages';
import { fromEditor, toEditor } from '../../../components/rich-text/editor-content';
import { cleanPastedHtml, editorExtensions } from '../../../components/rich-text/extensions';
import { LinkForm } from '../../../components/rich-text/LinkForm';
import { MarkButtons } from '../../../components/rich-text/MarkButtons';
import { LockStructure } from './lock-structure';

const extensions = [
  ...editorExtensions({ onInsertFootnote: () => undefined, renderQuestions: () => undefined }),
  LockStructure,
];

/**
 * One cell of the side-by-side view, open for editing: the passage (or footnote) as a small
 * document whose blocks and footnote references stay as they are; bold, italic and links can change.
 * `firstFootnote` numbers its footnote references as the whole document numbers them.
 */
export function CellEditor({
  doc,
  onChange,
  onClose,
  lang,
  label,
  firstFootnote,
}: {
  doc: DocNode;
  onChange: (next: DocNode) => void;
  onClose: () => void;
  lang: Language;
  label: string;
  firstFootnote: number;
}) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const onChangeRef = useRef(onChange);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onChangeRef.current = onChange;
    onCloseRef.current = onClose;
  });
  const toggleLink = useCallback(() => setLinkOpen((open) => !open), []);
  // Options that keep their identity across renders (TipTap hands changed ones to the editor on each render).
  const [content] = useState(() => toEditor(doc));
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'rich-text__body side-cell__editor',
        role: 'textbox',
        'aria-label': label,
        lang,
        'data-testid': 'side-cell-editor',
        style: `counter-reset: footnote ${firstFootnote - 1}`,
      },
      transformPastedHTML: cleanPastedHtml,
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        if (event.key !== 'Escape') return false;
        onCloseRef.current();
        return true;
      },
    }),
    [label, lang, firstFootnote],
  );
  // No React work on a key press: the mark buttons follow the selection by themselves.
  const editor = useEditor({
    extensions,
    content,
    autofocus: 'end',
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ editor: current }) => onChangeRef.current(fromEditor(current.getJSON())),
  });
  return (
    <div className="side-cell__editing">
      <div className="side-cell__tools" role="toolbar" aria-label={t('sideBySide.tools')}>
        <MarkButtons editor={editor} onLink={toggleLink} />
        <button type="button" className="button button--small" onClick={onClose}>
          {t('sideBySide.done')}
        </button>
      </div>
      {linkOpen && editor && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
      <EditorContent editor={editor} />
    </div>
  );
}

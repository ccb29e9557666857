import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { ToolButton } from './ToolButton';

/** Bold, italic and link: what the text and a footnote's text both offer. */
export function MarkButtons({ editor, onLink }: { editor: Editor | null; onLink: () => void }) {
  const { t } = useTranslation();
  return (
    <>
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
      <ToolButton label={t('documentEditor.toolbar.link')} wide pressed={editor?.isActive('link')} onClick={onLink}>
        {t('documentEditor.toolbar.link')}
      </ToolButton>
    </>
  );
}

import { useEditorState, type Editor } from '@tiptap/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ToolButton } from './ToolButton';

/**
 * Bold, italic and link: what the text and a footnote's text both offer. The editor does not draw
 * its React parents again on each transaction; these buttons follow the selection by themselves,
 * drawn again only when one of them turns on or off.
 */
export const MarkButtons = memo(function MarkButtons({
  editor,
  onLink,
}: {
  editor: Editor | null;
  onLink: () => void;
}) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      link: current?.isActive('link') ?? false,
    }),
  });
  return (
    <>
      <ToolButton
        label={t('documentEditor.toolbar.bold')}
        pressed={active?.bold}
        onClick={() => editor?.chain().focus().toggleBold().run()}
      >
        <b>B</b>
      </ToolButton>
      <ToolButton
        label={t('documentEditor.toolbar.italic')}
        pressed={active?.italic}
        onClick={() => editor?.chain().focus().toggleItalic().run()}
      >
        <i>I</i>
      </ToolButton>
      <ToolButton label={t('documentEditor.toolbar.link')} wide pressed={active?.link} onClick={onLink}>
        {t('documentEditor.toolbar.link')}
      </ToolButton>
    </>
  );
});

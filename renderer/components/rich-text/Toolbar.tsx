import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { insertFootnote } from './extensions';
import { MarkButtons } from './MarkButtons';
import { ToolButton } from './ToolButton';

/** The text's formatting toolbar; `compact` leaves out the headings, `questions` offers the guiding-questions block. */
export function Toolbar({
  editor,
  compact,
  questions,
  onLink,
  onFootnoteInserted,
  onNote,
}: {
  editor: Editor | null;
  compact: boolean;
  questions: boolean;
  onLink: () => void;
  onFootnoteInserted: (id: string) => void;
  onNote: () => void;
}) {
  const { t } = useTranslation();
  const hasQuestions = editor?.state.doc.content.content.some((n) => n.type.name === 'guidingQuestions') ?? false;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('documentEditor.toolbar.label')}>
      <ToolButton
        label={t('documentEditor.toolbar.paragraph')}
        pressed={editor?.isActive('paragraph')}
        onClick={() => editor?.chain().focus().setParagraph().run()}
      >
        ¶
      </ToolButton>
      {!compact &&
        ([1, 2, 3] as const).map((level) => (
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
      <MarkButtons editor={editor} onLink={onLink} />
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
        onClick={() => editor && insertFootnote(editor, onFootnoteInserted)}
      >
        {t('documentEditor.toolbar.footnote')}
      </ToolButton>
      <ToolButton label={t('documentEditor.toolbar.translatorNote')} wide onClick={onNote}>
        {t('documentEditor.toolbar.translatorNote')}
      </ToolButton>
      {questions && (
        <ToolButton
          label={t('documentEditor.toolbar.guidingQuestions')}
          wide
          disabled={hasQuestions}
          onClick={() => editor?.chain().focus().insertContent({ type: 'guidingQuestions' }).run()}
        >
          {t('documentEditor.toolbar.guidingQuestions')}
        </ToolButton>
      )}
    </div>
  );
}

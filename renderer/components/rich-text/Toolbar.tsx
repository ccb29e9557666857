import { useEditorState, type Editor } from '@tiptap/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { insertFootnote } from './extensions';
import { MarkButtons } from './MarkButtons';
import { ToolButton } from './ToolButton';

/**
 * The text's formatting toolbar; `compact` leaves out the headings, `questions` offers the
 * guiding-questions block. It follows the selection by itself (useEditorState), drawn again only
 * when a button's state changes, not on every key press.
 */
export const Toolbar = memo(function Toolbar({
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
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      paragraph: current?.isActive('paragraph') ?? false,
      headings: ([1, 2, 3] as const).map((level) => current?.isActive('heading', { level }) ?? false),
      bulletList: current?.isActive('bulletList') ?? false,
      orderedList: current?.isActive('orderedList') ?? false,
      blockquote: current?.isActive('blockquote') ?? false,
      // The block sits at the top level: a look at the document's children, not a walk of the text.
      hasQuestions: current?.state.doc.content.content.some((n) => n.type.name === 'guidingQuestions') ?? false,
    }),
  });
  const hasQuestions = state?.hasQuestions ?? false;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('documentEditor.toolbar.label')}>
      <ToolButton
        label={t('documentEditor.toolbar.paragraph')}
        pressed={state?.paragraph}
        onClick={() => editor?.chain().focus().setParagraph().run()}
      >
        ¶
      </ToolButton>
      {!compact &&
        ([1, 2, 3] as const).map((level) => (
          <ToolButton
            key={level}
            label={t('documentEditor.toolbar.heading', { level })}
            pressed={state?.headings[level - 1]}
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
        pressed={state?.bulletList}
        onClick={() => editor?.chain().focus().toggleBulletList().run()}
      >
        •≡
      </ToolButton>
      <ToolButton
        label={t('documentEditor.toolbar.orderedList')}
        pressed={state?.orderedList}
        onClick={() => editor?.chain().focus().toggleOrderedList().run()}
      >
        1≡
      </ToolButton>
      <ToolButton
        label={t('documentEditor.toolbar.blockquote')}
        pressed={state?.blockquote}
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
});

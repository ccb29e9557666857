import type { Editor } from '@tiptap/react';
import { memo, useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { footnoteText } from '../../../shared/content/helpers';
import type { FootnoteParagraph } from '../../../shared/content/schema';
import { FootnoteTextEditor } from './FootnoteTextEditor';
import { FootnoteParagraphs } from './RichTextView';
import './long-text.css';

/**
 * The footnotes in their order, numbered, each with its text and a Delete button. Only the open
 * footnote has an editor (a paper can have hundreds); the others are shown as text until clicked,
 * or focused and opened with Enter.
 */
export const FootnotesPanel = memo(function FootnotesPanel({
  footnotes,
  lang,
  main,
  open,
  onOpen,
  onEscape,
  onDelete,
  onNote,
}: {
  /** In their order: the number is the place. */
  footnotes: readonly { id: string; paragraphs: readonly FootnoteParagraph[] }[];
  lang: string;
  main: Editor;
  /** The id of the footnote being edited, if any. Every callback stable: the items are memoized. */
  open: string | null;
  onOpen: (id: string) => void;
  /** Back to the text, after the footnote's reference (stable: the open footnote's editor keeps it). */
  onEscape: (id: string) => void;
  onDelete: (id: string) => void;
  /** "Add a note to the translator" in the open footnote. */
  onNote: (editor: Editor) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="section document-footnotes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documentEditor.footnotes.title')}</h2>
      {footnotes.length === 0 ? (
        <p className="empty-hint">{t('documentEditor.footnotes.empty')}</p>
      ) : (
        <p className="field__hint">{t('documentEditor.footnotes.hint')}</p>
      )}
      {footnotes.length > 0 && (
        <ol className="footnote-list" data-testid="footnote-list">
          {footnotes.map(({ id, paragraphs }, index) => (
            <FootnoteItem
              key={id}
              id={id}
              number={index + 1}
              paragraphs={paragraphs}
              lang={lang}
              main={main}
              isOpen={id === open}
              onOpen={onOpen}
              onEscape={onEscape}
              onDelete={onDelete}
              onNote={onNote}
              t={t}
            />
          ))}
        </ol>
      )}
    </section>
  );
});

interface FootnoteItemProps {
  id: string;
  number: number;
  paragraphs: readonly FootnoteParagraph[];
  lang: string;
  main: Editor;
  isOpen: boolean;
  onOpen: (id: string) => void;
  onEscape: (id: string) => void;
  onDelete: (id: string) => void;
  onNote: (editor: Editor) => void;
  /** The panel's translator: a hook in each of hundreds of items showed in the profile of opening a long paper. */
  t: TFunction;
}

/**
 * One numbered footnote: its editor when open, else its text; and its Delete button. Drawn again
 * only when its text, number or openness changed: a key press in one footnote redraws that one of
 * hundreds.
 */
const FootnoteItem = memo(function FootnoteItem({
  id,
  number,
  paragraphs,
  lang,
  main,
  isOpen,
  onOpen,
  onEscape,
  onDelete,
  onNote,
  t,
}: FootnoteItemProps) {
  return (
    <li data-testid="footnote-item" value={number}>
      {isOpen ? (
        <FootnoteTextEditor
          id={id}
          number={number}
          paragraphs={paragraphs}
          lang={lang}
          main={main}
          onEscape={onEscape}
          onNote={onNote}
        />
      ) : (
        <StaticFootnote
          id={id}
          paragraphs={paragraphs}
          lang={lang}
          label={t('documentEditor.footnotes.open', { n: number, text: footnoteText(paragraphs).trim() })}
          emptyText={t('documentEditor.footnotes.emptyText')}
          onOpen={onOpen}
        />
      )}
      <button type="button" className="button button--small button--danger" onClick={() => onDelete(id)}>
        {t('documentEditor.footnotes.delete', { n: number })}
      </button>
    </li>
  );
});

interface StaticFootnoteProps {
  id: string;
  paragraphs: readonly FootnoteParagraph[];
  lang: string;
  label: string;
  emptyText: string;
  onOpen: (id: string) => void;
}

/**
 * A footnote's text as it reads, focusable; a click or Enter opens it for editing. Drawn again only
 * when it changed. Its strings come translated: a translation hook in each of hundreds of footnotes
 * showed in the profile of opening a long paper.
 */
const StaticFootnote = memo(function StaticFootnote({
  id,
  paragraphs,
  lang,
  label,
  emptyText,
  onOpen,
}: StaticFootnoteProps) {
  return (
    <div
      className="footnote-static"
      role="button"
      tabIndex={0}
      lang={lang}
      aria-label={label}
      data-testid="footnote-static"
      data-footnote-field={id}
      onClick={(e) => {
        // A link in the footnote is text to edit here, not a way out of the app.
        e.preventDefault();
        onOpen(id);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(id);
        }
      }}
    >
      {paragraphs.some((p) => p.content?.length) ? (
        <FootnoteParagraphs paragraphs={paragraphs} notes links="text" />
      ) : (
        <p className="muted">{emptyText}</p>
      )}
    </div>
  );
});

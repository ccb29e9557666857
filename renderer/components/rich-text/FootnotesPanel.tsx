import type { Editor } from '@tiptap/react';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { footnoteText } from '../../../shared/documents/helpers';
import type { FootnoteParagraph } from '../../../shared/documents/schema';
import { FootnoteTextEditor } from './FootnoteTextEditor';
import { FootnoteParagraphs } from './RichTextView';

/**
 * The footnotes in their order, numbered, each with its text and a Delete button. Only the open
 * footnote has an editor (a paper can have hundreds); the others are shown as text until clicked,
 * or focused and opened with Enter.
 */
export function FootnotesPanel({
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
  /** The id of the footnote being edited, if any. */
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
          {footnotes.map(({ id, paragraphs }, index) => {
            const number = index + 1;
            return (
              <li key={id} data-testid="footnote-item" value={number}>
                {id === open ? (
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
          })}
        </ol>
      )}
    </section>
  );
}

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

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { footnoteNumbers, footnoteText, isPlainFootnote } from '../../../shared/documents/helpers';
import type { DocNode } from '../../../shared/documents/schema';
import { LabelledArea } from './LabelledArea';

/** The footnotes in their order, numbered, each with its text and a Delete button. */
export function FootnotesPanel({
  body,
  lang,
  onText,
  onDelete,
  onEscape,
}: {
  body: DocNode;
  lang: string;
  onText: (id: string, text: string) => void;
  onDelete: (id: string) => void;
  /** Back to the text, after the footnote's reference. */
  onEscape: (id: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const footnotes = footnoteNumbers(body);
  return (
    <section className="section document-footnotes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documentEditor.footnotes.title')}</h2>
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
                  onChange={(text) => onText(id, text)}
                  onEscape={() => onEscape(id)}
                />
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

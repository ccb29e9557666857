import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ImportedSummarySchema } from '../../../../shared/api/translation-procedures';
import { useLanguage } from '../../../i18n/use-language';
import { warningText } from './warning-text';

type Imported = z.infer<typeof ImportedSummarySchema>;

const COUNTS = ['paragraphs', 'footnotes', 'notes', 'links', 'tables', 'words'] as const;

/** What a Word file brought in: its counts, its control number, and what came in differently. */
export function ImportedSummary({ imported }: { imported: Imported }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div className="imported-summary" data-testid="imported-summary">
      <h4>{t('translation.imported.title')}</h4>
      <dl className="facts">
        {COUNTS.map((count) => (
          <div className="facts__item" key={count}>
            <dt>{t(`translation.imported.${count}`)}</dt>
            <dd data-testid={`imported-${count}`}>{imported[count].toLocaleString(lang)}</dd>
          </div>
        ))}
        {imported.controlNumber && (
          <div className="facts__item">
            <dt>{t('translation.imported.controlNumber')}</dt>
            <dd className="symbol">{imported.controlNumber}</dd>
          </div>
        )}
      </dl>
      {imported.warnings.length > 0 && (
        <ul className="translation-warnings" data-testid="imported-warnings">
          {imported.warnings.map((warning, i) => (
            <li key={i}>{warningText(t, warning)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { InspectResult } from '../../../../shared/api/translation-procedures';
import { useFormatters } from '../../../i18n/use-formatters';
import { ImportedSummary } from '../draft/ImportedSummary';
import { localCalendarDate } from '../../../components/local-date';
import { issueText } from './issue-text';
import type { ReceiveTarget } from './ReceivePanel';

const ROWS = ['paragraphs', 'footnotes', 'words'] as const;

/**
 * What translation.inspect (or translation.sessionTexts.inspect) found: the original and the file
 * counted side by side, every difference and where it is. Session texts count texts, not paragraphs.
 */
export function InspectReport({ result, of = 'document' }: { result: InspectResult; of?: ReceiveTarget['kind'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { report } = result;
  return (
    <div className="inspect-report" data-testid="inspect-report">
      <p className="muted">
        {result.against === 'snapshot' && result.sentAt
          ? t('translation.receivePanel.against', { date: format.longDate(localCalendarDate(result.sentAt)) })
          : t('translation.receivePanel.againstOriginal')}
      </p>
      <table className="data-table counts-table" data-testid="inspect-counts">
        <caption className="visually-hidden">{t('translation.receivePanel.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('translation.receivePanel.counts')}</th>
            <th scope="col" className="numeric">
              {t('translation.receivePanel.original')}
            </th>
            <th scope="col" className="numeric">
              {t('translation.receivePanel.file')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr
              key={row}
              data-testid={`count-${row}`}
              className={
                row !== 'words' && report.original[row] !== report.imported[row] ? 'counts-table__differs' : undefined
              }
            >
              <th scope="row">
                {of === 'sessionTexts' && row === 'paragraphs'
                  ? t('sessionTexts.receive.rows.texts')
                  : t(`translation.receivePanel.rows.${row}`)}
              </th>
              <td className="numeric">{report.original[row].toLocaleString(format.lang)}</td>
              <td className="numeric">{report.imported[row].toLocaleString(format.lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.matches ? (
        <p className="notice notice--info" data-testid="inspect-matches">
          {of === 'sessionTexts' ? t('sessionTexts.receive.matches') : t('translation.receivePanel.matches')}
        </p>
      ) : (
        <div className="notice notice--warning" data-testid="inspect-mismatch">
          <p className="notice__title">{t('translation.receivePanel.mismatches')}</p>
          <ul className="translation-issues" data-testid="inspect-issues">
            {report.issues.map((issue, i) => (
              <li key={i}>{issueText(t, issue)}</li>
            ))}
          </ul>
        </div>
      )}
      <ImportedSummary imported={result.imported} />
    </div>
  );
}

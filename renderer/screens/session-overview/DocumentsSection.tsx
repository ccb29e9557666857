import { useTranslation } from 'react-i18next';
import { enumLabelKey, languageNameKey } from '../../../shared/i18n/enum-labels';
import type { OverviewModel } from './overview-model';

export function DocumentsSection({ documents }: { documents: OverviewModel['documents'] }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="documents-title" data-testid="documents">
      <h2 id="documents-title">{t('documents.title')}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t('documents.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('documents.columns.kind')}</th>
                <th scope="col">{t('documents.columns.symbol')}</th>
                <th scope="col">{t('documents.columns.originalLanguage')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr key={doc.id} data-testid="document-row">
                  <td>{t(enumLabelKey('documentKind', doc.kind))}</td>
                  <td>
                    {doc.symbol ? (
                      <span className="symbol" translate="no">
                        {doc.symbol}
                      </span>
                    ) : (
                      <span className="muted">{t('documents.noSymbol')}</span>
                    )}
                  </td>
                  <td>{t(languageNameKey(doc.originalLanguage))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

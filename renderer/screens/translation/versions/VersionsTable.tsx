import { useTranslation } from 'react-i18next';
import type { LanguageVersion } from '../../../../shared/api/translation-procedures';
import type { Language } from '../../../../shared/domain/languages';
import { languageNameKey } from '../../../../shared/i18n/enum-labels';
import { useLanguage } from '../../../i18n/use-language';
import { documentHref, translationHref } from '../../../routing/routes';
import { ReceiveButton } from './ReceiveButton';
import { SendingCell } from './SendingCell';
import { REVIEW_STATUSES, StatusControl } from './StatusControl';
import { VersionStatusTag } from './VersionStatusTag';

const HAS_TRANSLATION: readonly string[] = REVIEW_STATUSES;

/** The four language versions in the OAS order: status, words, latest sending, and what can be done with each. */
export function VersionsTable({
  sessionId,
  documentId,
  versions,
  receiving,
  onReceive,
  onChanged,
}: {
  sessionId: string;
  documentId: string;
  versions: readonly LanguageVersion[];
  receiving: Language | null;
  onReceive: (language: Language) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div className="table-wrap">
      <table className="data-table versions-table" data-testid="versions-table">
        <caption className="visually-hidden">{t('translation.versionsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('translation.columns.language')}</th>
            <th scope="col">{t('translation.columns.status')}</th>
            <th scope="col" className="numeric">
              {t('translation.columns.words')}
            </th>
            <th scope="col">{t('translation.columns.sending')}</th>
            <th scope="col">{t('translation.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const name = t(languageNameKey(v.language));
            const translated = !v.isOriginal && HAS_TRANSLATION.includes(v.status);
            return (
              <tr key={v.language} data-testid={`version-row-${v.language}`} data-status={v.status}>
                <th scope="row">{name}</th>
                <td>
                  <VersionStatusTag status={v.status} testId="version-status" />
                </td>
                <td className="numeric" data-testid="version-words">
                  {v.words.toLocaleString(lang)}
                </td>
                <td>
                  {v.isOriginal ? <span className="muted">—</span> : <SendingCell sent={v.sent} />}
                  {v.sent?.originalChangedSince && (
                    <p className="version-changed" data-testid="version-changed">
                      {t('translation.changedSince', {
                        passages: v.sent.changedPassages,
                        words: v.sent.changedWords.toLocaleString(lang),
                      })}
                    </p>
                  )}
                </td>
                <td>
                  <div className="version-actions">
                    {v.versionId && (v.isOriginal || translated) && (
                      <a
                        className="button button--small"
                        href={documentHref(sessionId, documentId, v.language)}
                        aria-label={t('translation.openFor', { language: name })}
                        data-testid={`open-${v.language}`}
                      >
                        {t('translation.open')}
                      </a>
                    )}
                    {translated && (
                      <a
                        className="button button--small"
                        href={translationHref(sessionId, documentId, 'sideBySide', v.language)}
                        aria-label={t('translation.sideBySideFor', { language: name })}
                        data-testid={`side-by-side-${v.language}`}
                      >
                        {t('translation.sideBySide')}
                      </a>
                    )}
                    {v.sent?.originalChangedSince && (
                      <a
                        className="button button--small"
                        href={translationHref(sessionId, documentId, 'changes', v.language)}
                        aria-label={t('translation.whatChangedFor', { language: name })}
                        data-testid={`what-changed-${v.language}`}
                      >
                        {t('translation.whatChanged')}
                      </a>
                    )}
                    {v.sent && (
                      <ReceiveButton
                        label={t('translation.receiveFor', { language: name })}
                        open={receiving === v.language}
                        testId={`receive-${v.language}`}
                        onClick={() => onReceive(v.language)}
                      />
                    )}
                    {v.versionId && translated && (
                      <StatusControl
                        versionId={v.versionId}
                        documentId={documentId}
                        language={v.language}
                        status={v.status as (typeof REVIEW_STATUSES)[number]}
                        onChanged={onChanged}
                      />
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

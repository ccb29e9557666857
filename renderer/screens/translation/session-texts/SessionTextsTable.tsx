import { useTranslation } from 'react-i18next';
import type { SessionTextsStatus } from '../../../../shared/api/session-text-procedures';
import type { Language } from '../../../../shared/domain/languages';
import { languageNameKey } from '../../../../shared/i18n/enum-labels';
import { ReceiveButton } from '../versions/ReceiveButton';
import { SendingCell } from '../versions/SendingCell';
import { VersionStatusTag } from '../versions/VersionStatusTag';

/** The "Session texts" row: per language, its status, how many texts it has, the latest sending, and "Receive…". */
export function SessionTextsTable({
  status,
  receiving,
  onReceive,
}: {
  status: SessionTextsStatus;
  receiving: Language | null;
  onReceive: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table session-texts-table" data-testid="session-texts-table">
        <caption className="visually-hidden">{t('sessionTexts.tableCaption')}</caption>
        <thead>
          <tr>
            <td />
            {status.languages.map((l) => (
              <th key={l.language} scope="col">
                {t(languageNameKey(l.language))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-testid="session-texts-row">
            <th scope="row">{t('sessionTexts.rowLabel')}</th>
            {status.languages.map((l) => {
              const name = t(languageNameKey(l.language));
              return (
                <td key={l.language} data-testid={`session-texts-${l.language}`} data-status={l.status}>
                  <div className="session-texts-cell">
                    <VersionStatusTag status={l.status} testId="session-texts-status" />
                    <span className="muted" data-testid="session-texts-written">
                      {t('sessionTexts.written', { written: l.written, texts: status.texts })}
                    </span>
                    {!l.isOriginal && <SendingCell sent={l.sent} />}
                    {l.sent?.originalChangedSince && (
                      <span className="version-changed" data-testid="session-texts-changed">
                        {t('sessionTexts.changedSince')}
                      </span>
                    )}
                    {l.sent && (
                      <ReceiveButton
                        label={t('sessionTexts.receiveFor', { language: name })}
                        open={receiving === l.language}
                        testId={`session-texts-receive-${l.language}`}
                        onClick={() => onReceive(l.language)}
                      />
                    )}
                  </div>
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

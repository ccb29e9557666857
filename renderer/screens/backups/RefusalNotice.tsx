import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { LimitReasons } from '../../components/LimitReasons';

/**
 * A refused action, in the user's language, with the reasons main gave (they locate the fault in
 * the file: technical, so they are shown as details under the translated message).
 */
export function RefusalNotice({
  error,
  lead,
  detail,
  testId,
}: {
  error: ApiError;
  lead?: string;
  /** A reason found here, before main was asked, already in the user's language. */
  detail?: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const key = i18n.exists(error.messageKey) ? error.messageKey : 'errors.internal';
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid={testId ?? 'error-notice'}
      data-error-code={error.code}
    >
      {lead && <p className="notice__title">{lead}</p>}
      <p>{t(key)}</p>
      <LimitReasons error={error} />
      {detail && <p>{detail}</p>}
      {error.issues.length > 0 && (
        <>
          <p className="notice__title">{t('backups.why')}</p>
          <ul className="refusal__issues" data-testid="refusal-issues">
            {error.issues.map((issue, i) => (
              <li key={i} lang="en">
                {issue.path && issue.path !== 'FILE' ? <code>{issue.path}</code> : null}
                {issue.path && issue.path !== 'FILE' ? ': ' : null}
                {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

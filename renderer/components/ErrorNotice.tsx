import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/errors';
import { LimitReasons } from './LimitReasons';
import { issueText } from '../../shared/i18n/field-issues';

/**
 * A failed call, in the user's language: the translated message of its code, never a stack trace.
 * `withTitle` false when a heading right above already says that something went wrong.
 */
export function ErrorNotice({
  error,
  onRetry,
  withTitle = true,
}: {
  error: ApiError;
  onRetry?: () => void;
  withTitle?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const key = i18n.exists(error.messageKey) ? error.messageKey : 'errors.internal';
  return (
    <div className="notice notice--error" role="alert" data-testid="error-notice" data-error-code={error.code}>
      {withTitle && <p className="notice__title">{t('errors.title')}</p>}
      <p>{t(key)}</p>
      <LimitReasons error={error} />
      {error.code === 'validation' && error.issues.length > 0 && (
        <ul data-testid="error-issues">
          {error.issues.map((issue, index) => (
            <li key={index}>{issueText(i18n, issue)}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { issueText } from '../../shared/i18n/field-issues';
import { useSaveQueue, useSaveStatus } from './save-context';
import './saving.css';

/** The truthful "saved" state, in the header of every screen: saved, waiting, saving, or not saved and why. */
export function SaveIndicator() {
  const { t, i18n } = useTranslation();
  const queue = useSaveQueue();
  const { status, error } = useSaveStatus();
  const errorKey = error && i18n.exists(error.messageKey) ? error.messageKey : 'errors.internal';
  return (
    <div className={`save-indicator save-indicator--${status}`} data-testid="save-status" data-status={status}>
      <span role="status" aria-live="polite">
        <span className="save-indicator__dot" aria-hidden="true" />
        {status === 'invalid' ? t('forms.invalidPending') : t(`saving.${status}`)}
      </span>
      {status === 'error' && (
        <span className="save-indicator__error" role="alert">
          {error?.code === 'validation' && error.issues[0] ? issueText(i18n, error.issues[0]) : t(errorKey)}{' '}
          <button type="button" className="link-button" onClick={() => queue.clearErrors()}>
            {t('saving.dismiss')}
          </button>
        </span>
      )}
    </div>
  );
}

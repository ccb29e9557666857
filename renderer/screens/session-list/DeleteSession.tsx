import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { BackupInfo } from '../../../shared/api/safety-procedures';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSaveQueue } from '../../saving/save-context';

export interface DeletedSession {
  title: string;
  backup: BackupInfo;
}

/**
 * "Delete" on a session's row: asks on the spot, saying that a backup is made first; then main makes a verified
 * backup and deletes the session with all it holds. There is no undo: the backup is the way back.
 */
export function DeleteSession({
  id,
  title,
  onDeleted,
}: {
  id: string;
  title: string;
  onDeleted: (deleted: DeletedSession) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queue = useSaveQueue();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await queue.flush();
      const { backup } = await api.call('sessions.deleteWithBackup', { id });
      onDeleted({ title, backup });
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--small"
        data-testid="delete-session"
        aria-label={t('forms.deleteSession.buttonOf', { title })}
        onClick={() => setAsking(true)}
      >
        {t('forms.deleteSession.button')}
      </button>
    );
  }
  return (
    <div className="confirm confirm--stacked" role="group" aria-label={t('forms.deleteSession.buttonOf', { title })}>
      <p>{t('forms.deleteSession.confirm', { title })}</p>
      <button
        type="button"
        className="button button--danger"
        autoFocus
        disabled={busy}
        data-testid="confirm-delete-session"
        onClick={() => void remove()}
      >
        {busy ? t('forms.deleteSession.deleting') : t('forms.deleteSession.yes')}
      </button>{' '}
      <button type="button" className="button" disabled={busy} onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

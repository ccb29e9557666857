import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { navigate } from '../../routing/use-route';
import { sessionHref } from '../../routing/routes';
import { NewSessionButton } from './NewSessionButton';

/** No session yet: says what to do next and offers the demo session. */
export function EmptySessions() {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function createDemo() {
    setBusy(true);
    setError(null);
    try {
      const { sessionId } = await api.call('demo.create', { held: true });
      navigate(sessionHref(sessionId));
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  }

  return (
    <section className="empty-state" aria-labelledby="empty-sessions-title" data-testid="sessions-empty">
      <h2 id="empty-sessions-title">{t('sessionList.empty.title')}</h2>
      <p>{t('sessionList.empty.body')}</p>
      <button type="button" className="button button--primary" onClick={() => void createDemo()} disabled={busy}>
        {busy ? t('sessionList.empty.creating') : t('sessionList.empty.createDemo')}
      </button>{' '}
      <NewSessionButton primary={false} />
      {error && <ErrorNotice error={error} />}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLanguage } from '../../i18n/use-language';
import { sessionHref } from '../../routing/routes';
import { navigate } from '../../routing/use-route';

/** Today's calendar date where the user is, `YYYY-MM-DD` (never through a UTC Date, which shifts it). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Creates a draft session at once (there is no save button anywhere) and opens its details to fill in. */
export function NewSessionButton({ primary = true }: { primary?: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const bodies = await api.call('bodies.list', {});
      const body = bodies.find((b) => b.code === 'CAM') ?? bodies[0];
      if (!body) throw new Error('no body');
      const session = await api.call('sessions.create', {
        bodyId: body.id,
        title: { en: '', es: '', fr: '', pt: '' },
        date: today(),
        startTime: '10:00',
        endTime: '13:00',
        room: '',
        modality: 'in_person',
        originalLanguage: lang,
        status: 'draft',
      });
      navigate(sessionHref(session.id, 'details'));
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        data-testid="new-session"
        disabled={busy}
        onClick={() => void create()}
      >
        {busy ? t('sessionList.creating') : t('sessionList.newSession')}
      </button>
      {error && <ErrorNotice error={error} />}
    </>
  );
}

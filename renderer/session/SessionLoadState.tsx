import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/errors';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';

/** Any load of a session's data: the screens differ in what they load, not in how waiting and failing look. */
type LoadState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'success' | 'ready' };

/** What a session screen shows until its data is there: a spinner, or why it could not be loaded. */
export function SessionLoadState({ state, reload }: { state: LoadState; reload: () => void }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <Loading />;
  if (state.status !== 'error') return null;
  return (
    <>
      <h1>{t('overview.unavailable')}</h1>
      {/* A session that is gone stays gone: trying again would only fail again. */}
      <ErrorNotice
        error={state.error}
        withTitle={false}
        onRetry={state.error.code === 'not_found' ? undefined : reload}
      />
    </>
  );
}

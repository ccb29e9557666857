import type { QueryState } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';

/** A translation screen's own data while it is not there: a spinner, or why not, with "Try again". */
export function QueryStatus({ state, reload }: { state: QueryState<unknown>; reload: () => void }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={reload} />;
  return null;
}

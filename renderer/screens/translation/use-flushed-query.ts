import { useCallback, useEffect, useState } from 'react';
import type { CallableName } from '../../../shared/api/client';
import type { InputOf, OutputOf } from '../../../shared/api/contract';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import type { QueryState } from '../../api/use-api-query';
import { useSaveQueue } from '../../saving/save-context';

/**
 * A translation screen's data, asked for after pending edits land. `refresh` asks again without
 * going back to "loading", so the panels open on the screen (a report, a message) stay while the
 * table updates; `replace` takes an answer that already holds the data (a sending's).
 */
export function useFlushedQuery<N extends CallableName>(name: N, input: InputOf<N>, inputKey: string) {
  const api = useApi();
  const queue = useSaveQueue();
  const [state, setState] = useState<QueryState<OutputOf<N>>>({ status: 'loading' });

  const load = useCallback(
    () =>
      queue
        .flush()
        .then(() => api.call(name, input))
        .then(
          (data): QueryState<OutputOf<N>> => ({ status: 'success', data }),
          (error: unknown): QueryState<OutputOf<N>> => ({ status: 'error', error: toApiError(error) }),
        ),
    // the input is named by its key: a new object of the same input must not load again
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, queue, name, inputKey],
  );

  useEffect(() => {
    let live = true;
    void load().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [load]);

  const refresh = useCallback(() => void load().then(setState), [load]);
  const replace = useCallback((data: OutputOf<N>) => setState({ status: 'success', data }), []);
  return { state, refresh, replace };
}

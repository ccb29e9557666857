import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../../shared/api/contract';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import type { QueryState } from '../../../api/use-api-query';
import { useSaveQueue } from '../../../saving/save-context';

export type LanguageVersions = OutputOf<'translation.versions'>;

/**
 * A document's four versions, loaded after pending edits land. `refresh` asks again without going
 * back to "loading", so the panels open on the screen (a report, a message) stay while the table
 * updates; `replace` takes an answer that already holds them (translation.send's).
 */
export function useLanguageVersions(documentId: string) {
  const api = useApi();
  const queue = useSaveQueue();
  const [state, setState] = useState<QueryState<LanguageVersions>>({ status: 'loading' });

  const load = useCallback(
    () =>
      queue
        .flush()
        .then(() => api.call('translation.versions', { documentId }))
        .then(
          (data): QueryState<LanguageVersions> => ({ status: 'success', data }),
          (error: unknown): QueryState<LanguageVersions> => ({ status: 'error', error: toApiError(error) }),
        ),
    [api, queue, documentId],
  );

  useEffect(() => {
    let live = true;
    void load().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [load]);

  const refresh = useCallback(() => void load().then(setState), [load]);
  const replace = useCallback((data: LanguageVersions) => setState({ status: 'success', data }), []);
  return { state, refresh, replace };
}

import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { toApiError } from '../../api/api-error';
import { useSaveQueue } from '../../saving/save-context';

/** Answers of a search, kept with the query they answer; re-asked `round` times when something was saved. */
export function useSearch<T>(ask: () => Promise<T[]>, key: string) {
  const queue = useSaveQueue();
  const [state, setState] = useState<{ key: string; rows: T[] | null; error: ApiError | null }>({
    key: '',
    rows: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void queue
        .flush()
        .then(ask)
        .then(
          (rows) => live && setState({ key, rows, error: null }),
          (error: unknown) => live && setState({ key, rows: null, error: toApiError(error) }),
        );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `ask` is rebuilt every render; `key` says when its answer changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, queue]);
  return state;
}

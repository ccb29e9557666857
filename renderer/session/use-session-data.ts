import { useCallback, useEffect, useState } from 'react';
import type { SessionOverview } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { toApiError } from '../api/api-error';
import { useApi } from '../api/api-context';
import { useSaveQueue } from '../saving/save-context';

export type SessionData = SessionOverview;

export type SessionState =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: SessionData };

/**
 * A session with everything on it, held by the screen: edits change it here at once (the screen
 * never waits for main), and the save queue carries them to main. Loads after pending edits are
 * flushed, so a screen never shows older data than the one before it.
 */
export function useSessionData(id: string) {
  const api = useApi();
  const queue = useSaveQueue();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    queue
      .flush()
      .then(() => api.call('sessions.overview', { id }))
      .then(
        (data) => live && setState({ status: 'ready', data }),
        (error: unknown) => live && setState({ status: 'error', error: toApiError(error) }),
      );
    return () => {
      live = false;
    };
  }, [api, queue, id, round]);

  const mutate = useCallback(
    (change: (data: SessionData) => SessionData) =>
      setState((s) => (s.status === 'ready' ? { status: 'ready', data: change(s.data) } : s)),
    [],
  );
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, mutate, reload };
}

/** Replaces the row with that id in a list. */
export function replaceRow<T extends { id: string }>(rows: readonly T[], id: string, change: Partial<T>): T[] {
  return rows.map((row) => (row.id === id ? { ...row, ...change } : row));
}

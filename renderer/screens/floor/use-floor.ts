import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { FloorCurrent, FloorState } from '../../../shared/floor/floor-types';
import { toApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';

interface Snapshot {
  state: FloorState;
  /** performance.now() when the answer came: the clock runs on from the server's elapsed seconds. */
  at: number;
}

/**
 * The floor of a session as main holds it, asked again every `pollMs` and after each action (main is
 * the truth: another window may act too). Between answers the clock runs on locally, four times a
 * second, from the elapsed seconds of the last answer. An answer older than one already shown is dropped.
 */
export function useFloor(sessionId: string, pollMs: number) {
  const api = useApi();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [now, setNow] = useState(() => performance.now());
  const asked = useRef(0);
  const shown = useRef(0);

  const track = useCallback((answer: Promise<FloorState>, clearsError: boolean) => {
    const turn = ++asked.current;
    return answer.then(
      (state) => {
        if (turn < shown.current) return;
        shown.current = turn;
        setSnapshot({ state, at: performance.now() });
        if (clearsError) setError(null);
      },
      (failure: unknown) => setError(toApiError(failure)),
    );
  }, []);

  useEffect(() => {
    let live = true;
    const poll = () => live && void track(api.call('floor.state', { sessionId }), false);
    poll();
    const timer = setInterval(poll, pollMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, sessionId, pollMs, track]);

  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, []);

  /** Runs a floor mutation and shows the state it answers. */
  const act = useCallback((run: () => Promise<FloorState>) => track(run(), true), [track]);

  const elapsedOf = useCallback(
    (speech: FloorCurrent): number =>
      speech.paused || !snapshot
        ? speech.elapsedSeconds
        : Math.floor(speech.elapsedSeconds + Math.max(0, now - snapshot.at) / 1000),
    [now, snapshot],
  );

  return { state: snapshot?.state ?? null, error, act, elapsedOf, dismissError: () => setError(null) };
}

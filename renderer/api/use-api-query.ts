import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { CallableName } from '../../shared/api/client';
import type { InputOf, OutputOf } from '../../shared/api/contract';
import { toApiError } from './api-error';
import { useApi } from './api-context';

export type QueryState<T> =
  { status: 'loading' } | { status: 'success'; data: T } | { status: 'error'; error: ApiError };

interface Settled {
  key: string;
  state: QueryState<unknown>;
}

/**
 * Calls a query procedure and follows its state; calls again when the input changes or on `reload`.
 * The answer is kept with the key it answers, so a stale answer never shows for a new input.
 */
export function useApiQuery<N extends CallableName>(
  name: N,
  input: InputOf<N>,
): { state: QueryState<OutputOf<N>>; reload: () => void } {
  const api = useApi();
  const [round, setRound] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  const inputJson = JSON.stringify(input);
  const key = `${name} ${inputJson} ${round}`;

  useEffect(() => {
    let current = true;
    api.call(name, JSON.parse(inputJson) as InputOf<N>).then(
      (data) => current && setSettled({ key, state: { status: 'success', data } }),
      (error: unknown) => current && setSettled({ key, state: { status: 'error', error: toApiError(error) } }),
    );
    return () => {
      current = false;
    };
  }, [api, name, inputJson, key]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const state =
    settled && settled.key === key ? (settled.state as QueryState<OutputOf<N>>) : { status: 'loading' as const };
  return { state, reload };
}

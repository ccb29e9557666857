import { useMemo } from 'react';
import type { InputOf } from '../../shared/api/contract';
import { useApi } from '../api/api-context';
import { useSaveQueue } from './save-context';
import type { MaybeLater } from './save-queue';

/** The entities whose rows the screens edit field by field. */
export type EditableEntity =
  | 'bodies'
  | 'sessions'
  | 'agendaItems'
  | 'speakers'
  | 'guidingQuestions'
  | 'organizations'
  | 'people'
  | 'documentVersions';

type PatchOf<E extends EditableEntity> = InputOf<`${E}.update`>['patch'];

/** Edits saved as the user types: `patch` merges into what waits for that row and is sent shortly after. */
export function useSaver() {
  const api = useApi();
  const queue = useSaveQueue();
  return useMemo(
    () => ({
      patch<E extends EditableEntity>(entity: E, id: string, patch: MaybeLater<PatchOf<E>>): void {
        queue.schedule(`${entity}:${id}`, patch as Record<string, unknown>, (merged) =>
          // the queue merged patches of this one entity: what it sends is that entity's patch
          api.call(`${entity}.update` as `${E}.update`, { id, patch: merged } as InputOf<`${E}.update`>),
        );
      },
      /** A write that cannot wait (create, delete, reorder), in order with the other writes of `key`. */
      run<T>(key: string, write: () => Promise<T>): Promise<T> {
        return queue.run(key, write);
      },
      /** A write that replaces the previous one of `key` if it has not gone yet (a reorder while keys are pressed). */
      schedule(key: string, send: () => Promise<unknown>, delayMs?: number): void {
        queue.schedule(key, {}, send, delayMs);
      },
      flush: () => queue.flush(),
      api,
    }),
    [api, queue],
  );
}

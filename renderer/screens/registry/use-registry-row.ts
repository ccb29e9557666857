import { useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import type { InputOf } from '../../../shared/api/contract';
import { toApiError } from '../../api/api-error';
import { useSaver } from '../../saving/use-saver';
import { useFreshRow } from './use-fresh-row';

type RegistryEntity = 'organizations' | 'people';
type PatchOf<E extends RegistryEntity> = InputOf<`${E}.update`>['patch'];

/** One registry entry in its editor: edits are shown at once and saved as typed; deleting waits for those saves. */
export function useRegistryRow<E extends RegistryEntity, T extends { id: string }>(
  entity: E,
  id: string,
  load: () => Promise<T>,
  deleteRow: () => Promise<unknown>,
  onEdited: () => void,
  onDeleted: () => void,
) {
  const saver = useSaver();
  const [row, setRow] = useFreshRow(load, id);
  const [error, setError] = useState<ApiError | null>(null);
  const change = (patch: PatchOf<E> & Partial<T>) => {
    if (!row) return;
    setRow({ ...row, ...patch });
    saver.patch(entity, row.id, patch);
    onEdited();
  };
  const remove = () =>
    void saver.run(`${entity}:${id}`, deleteRow).then(onDeleted, (failure: unknown) => setError(toApiError(failure)));
  return { row, change, remove, error };
}

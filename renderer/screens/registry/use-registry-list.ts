import { useState } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { toApiError } from '../../api/api-error';
import { focusWhenPresent } from '../../session/move';

/** The entry's first field, once its editor has loaded. */
const editorFirstField = (id: string) => `form[data-row-id="${id}"] :is(input, textarea, select):not([disabled])`;
/** The add form's first field: where focus goes when the entry it was on is deleted. */
const NEW_ENTRY_FIRST_FIELD = '[data-new-entry] :is(input, select)';

/**
 * The state both registry tabs keep around their list: the query, the picked entry, the name typed for a new one,
 * and `round`, bumped whenever an entry changed so the search is asked again.
 */
export function useRegistryList() {
  const [query, setQuery] = useState('');
  const [round, setRound] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const refresh = () => setRound((r) => r + 1);

  /** Adds an entry, then clears the filters so the new entry is surely in the list it gets picked in. */
  async function create(add: (name: string) => Promise<{ id: string }>, clearFilters?: () => void) {
    if (!newName.trim()) return;
    setError(null);
    try {
      const created = await add(newName.trim());
      setNewName('');
      setQuery('');
      clearFilters?.();
      setSelected(created.id);
      refresh();
      focusWhenPresent(editorFirstField(created.id));
    } catch (failure) {
      setError(toApiError(failure));
    }
  }

  return {
    query,
    setQuery,
    round,
    selected,
    setSelected,
    newName,
    setNewName,
    error,
    create,
    refresh,
    forgetSelected: () => {
      setSelected(null);
      refresh();
      focusWhenPresent(NEW_ENTRY_FIRST_FIELD);
    },
  };
}

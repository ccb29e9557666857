import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';

/** The card that adds an entry to the registry from a few fields. */
export function NewEntryForm({
  title,
  children,
  canAdd,
  addLabel,
  addTestId,
  onAdd,
  error,
}: {
  title: string;
  children: ReactNode;
  canAdd: boolean;
  addLabel: string;
  addTestId?: string;
  onAdd: () => void;
  error: ApiError | null;
}) {
  return (
    <form
      className="form-card"
      data-new-entry
      onSubmit={(e) => {
        e.preventDefault();
        onAdd();
      }}
    >
      <h3>{title}</h3>
      {children}
      <button type="submit" className="button" disabled={!canAdd} data-testid={addTestId}>
        {addLabel}
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

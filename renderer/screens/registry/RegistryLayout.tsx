import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';

/** What one row of a registry list shows. */
export interface ListEntry {
  id: string;
  name: string;
  meta: string;
}

/** A registry tab: filters, the matching entries to pick from, a form to add one, and the picked entry's editor. */
export function RegistryLayout({
  titleId,
  title,
  filters,
  entries,
  searchError,
  emptyHint,
  resultsTestId,
  selected,
  onSelect,
  newEntry,
  detail,
  pickHint,
}: {
  titleId: string;
  title: string;
  filters: ReactNode;
  /** Null while the search is still being answered. */
  entries: ListEntry[] | null;
  searchError: ApiError | null;
  emptyHint: string;
  resultsTestId: string;
  selected: string | null;
  onSelect: (id: string) => void;
  newEntry: ReactNode;
  /** The picked entry's editor, or null when none is picked. */
  detail: ReactNode;
  pickHint: string;
}) {
  return (
    <div className="registry__layout">
      <section aria-labelledby={titleId} className="registry__list">
        <h2 id={titleId} className="visually-hidden">
          {title}
        </h2>
        {filters}
        {searchError && <ErrorNotice error={searchError} />}
        {!entries && !searchError && <Loading />}
        {entries && entries.length === 0 && <p className="empty-hint">{emptyHint}</p>}
        {entries && entries.length > 0 && (
          <ul className="pick-list" data-testid={resultsTestId}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className="pick-list__button"
                  aria-pressed={entry.id === selected}
                  onClick={() => onSelect(entry.id)}
                >
                  <span className="pick-list__name">{entry.name}</span>
                  <span className="pick-list__meta">{entry.meta}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {newEntry}
      </section>
      <section className="registry__detail" aria-live="polite">
        {detail ?? <p className="empty-hint">{pickHint}</p>}
      </section>
    </div>
  );
}

/** The list with the element at `from` moved to `to` (indexes in the list before the move). */
export function moveTo<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= list.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved as T);
  return next;
}

/** Gives each row the position of its place in `ordered`. */
export function withPositions<T extends { id: string; position: number }>(ordered: readonly T[]): T[] {
  return ordered.map((row, position) => (row.position === position ? row : { ...row, position }));
}

/** Where focus was before a move: the row, and the control in it (by its id, else its `data-role`). */
export interface FocusSpot {
  id: string;
  role: string | null;
  elementId?: string;
}

/** The focus spot of the focused element, for the row `rowId`. */
export function focusSpot(rowId: string): FocusSpot {
  const active = document.activeElement as HTMLElement | null;
  return { id: rowId, role: active?.dataset.role ?? null, elementId: active?.id || undefined };
}

/**
 * After a move, focus goes back to the control it was on (moving a DOM node loses its focus), found
 * by its id, else by the row's `data-row-id` and the control's `data-role`, else the row itself.
 */
export function refocus(container: HTMLElement | null, spot: FocusSpot): void {
  if (!container) return;
  const row = container.querySelector<HTMLElement>(`[data-row-id="${spot.id}"]`);
  if (!row) return;
  const byId = spot.elementId ? document.getElementById(spot.elementId) : null;
  if (byId && row.contains(byId)) {
    byId.focus();
    return;
  }
  const target =
    spot.role === 'first-field'
      ? row.querySelector<HTMLElement>('input, textarea, select')
      : spot.role
        ? row.querySelector<HTMLElement>(`[data-role="${spot.role}"]`)
        : null;
  (target ?? row).focus();
}

/**
 * Before the row at `index` of `ids` is removed: focus goes to the next row's first field, else the previous
 * row's, else `fallback` (the add control). Those exist before the removal, so focus moves before the row goes
 * and never falls to the top of the page (with 14 speakers the add form was 215 Tab presses away).
 */
export function focusAfterRemoval(
  container: HTMLElement | null,
  ids: readonly string[],
  index: number,
  fallback: HTMLElement | null,
): void {
  const neighbour = ids[index + 1] ?? ids[index - 1];
  if (neighbour && container?.querySelector(`[data-row-id="${neighbour}"]`)) {
    refocus(container, { id: neighbour, role: 'first-field' });
  } else fallback?.focus();
}

/**
 * Focuses the first element matching `selector` as soon as it exists: a new entry's editor that is still loading.
 * Gives up after `timeoutMs`, so a load that fails leaves no watcher behind.
 */
export function focusWhenPresent(selector: string, timeoutMs = 5000): void {
  const tryFocus = () => {
    const element = document.querySelector<HTMLElement>(selector);
    element?.focus();
    return element !== null;
  };
  if (tryFocus()) return;
  const observer = new MutationObserver(() => {
    if (tryFocus()) observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), timeoutMs);
}

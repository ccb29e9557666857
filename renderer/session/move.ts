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
  // Moved in place, the row kept its focus: focusing it again would only force a layout.
  if (!row || row.contains(document.activeElement)) return;
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

/** `moveBefore` (Chromium 133 and later, so Electron's and Debian's), not yet in TypeScript's DOM types. */
type MovableParent = Element & { moveBefore?: (node: Node, child: Node | null) => void };

const movable = new WeakSet<Element>();

/**
 * Makes React's reorder of `list`'s rows move a row in place with `moveBefore` instead of removing and inserting
 * it. Removal loses the focus of a row moved by keyboard, and focusing it again forces a layout. A moved row that
 * `content-visibility: auto` may skip also renders again from scratch (a second style and layout, once found on
 * screen), so of two rows changing places the focused one is the one moved. A move stayed over a frame because of
 * these. Where `moveBefore` is missing (jsdom), nothing changes.
 */
export function moveRowsInPlace(list: Element | null): void {
  const parent = list as MovableParent | null;
  if (!parent?.moveBefore || movable.has(parent)) return;
  movable.add(parent);
  const moveBefore = parent.moveBefore.bind(parent);
  const insertBefore = parent.insertBefore.bind(parent);
  const appendChild = parent.appendChild.bind(parent);
  const inPlace = (node: Node, child: Node | null): boolean => {
    if (node.parentNode !== parent || !parent.isConnected) return false;
    const passed = node.nextSibling;
    // Two rows changing places: React moves the later one, which may be the neighbour of the row moved by
    // keyboard. Moving the focused row instead gives the same order, and a focused row is never skipped.
    try {
      if (passed && passed.nextSibling === child && passed.contains(document.activeElement)) moveBefore(passed, node);
      else moveBefore(node, child);
    } catch {
      return false; // a move the browser refuses to make in place is made the usual way
    }
    return true;
  };
  parent.insertBefore = <T extends Node>(node: T, child: Node | null): T =>
    inPlace(node, child) ? node : insertBefore(node, child);
  parent.appendChild = <T extends Node>(node: T): T => (inPlace(node, null) ? node : appendChild(node));
}

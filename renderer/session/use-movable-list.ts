import { useCallback, useEffect, useMemo, useRef } from 'react';
import { focusAfterRemoval, focusSpot, moveRowsInPlace, refocus, type FocusSpot } from './move';

/**
 * The list of a screen whose rows move, come and go (agenda items, speakers, guiding questions): `attach` is its
 * ref, under which React moves rows in place; focus set aside with `keepFocus` or `focusLater` is given once
 * `rows` has changed, after `beforeRefocus` (which may scroll the row into view); `focusBeforeRemoval` takes focus
 * off a row about to go.
 */
export function useMovableList<T extends HTMLElement>(rows: unknown, beforeRefocus?: (spot: FocusSpot) => void) {
  const list = useRef<T | null>(null);
  const pending = useRef<FocusSpot | null>(null);
  const latestBeforeRefocus = useRef(beforeRefocus);
  useEffect(() => {
    latestBeforeRefocus.current = beforeRefocus;
  });
  useEffect(() => {
    const spot = pending.current;
    if (!spot) return;
    pending.current = null;
    latestBeforeRefocus.current?.(spot);
    refocus(list.current, spot);
    // Lays the list out now, in the key's own task: the key's release, which comes in before the next frame,
    // needs the layout anyway (Chromium lays out before it hands a key event over), and done here the frame
    // that shows the move only paints. The same work, done sooner: 17.7 → 11.5 ms from key to paint.
    void list.current?.offsetHeight;
  }, [rows]);

  const attach = useCallback((element: T | null) => {
    list.current = element;
    moveRowsInPlace(element);
  }, []);
  // Stable, so that the rows' memoized callbacks that use them stay the same.
  const focus = useMemo(
    () => ({
      /** Focus goes back to the control it is on, in row `id`, once the rows have changed (a move). */
      keepFocus: (id: string) => {
        pending.current = focusSpot(id);
      },
      /** Focus goes to `spot` once the rows have changed (a row added). */
      focusLater: (spot: FocusSpot) => {
        pending.current = spot;
      },
      /** Before row `index` of `ids` goes: focus to a neighbour's first field, else to `fallback`. */
      focusBeforeRemoval: (ids: readonly string[], index: number, fallback: HTMLElement | null) =>
        focusAfterRemoval(list.current, ids, index, fallback),
    }),
    [],
  );
  return { attach, ...focus };
}

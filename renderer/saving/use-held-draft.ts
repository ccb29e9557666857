import { useEffect, useId } from 'react';
import { useSaveQueue } from './save-context';

/**
 * While `held` is true the field holds a value that is not saved (half typed, impossible, past a limit): the
 * header then says "Not saved" instead of claiming every change is saved. Leaving the screen lets it go.
 */
export function useHeldDraft(held: boolean): void {
  const queue = useSaveQueue();
  const key = useId();
  useEffect(() => {
    if (!held) return;
    queue.hold(key);
    return () => queue.release(key);
  }, [held, key, queue]);
}

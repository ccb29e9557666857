import { useEffect, useRef } from 'react';

export interface FloorKeys {
  next: () => void;
  pauseOrResume: () => void;
  end: () => void;
  pointOfOrder: () => void;
}

const TYPING = 'input, select, textarea, [contenteditable="true"]';

/**
 * The chair's keys: N next speaker, Space or P pause and resume, E end the speech, O point of order.
 * Not while typing in a field, nor with a modifier (the browser's and the system's shortcuts stay
 * theirs); Space on a focused button or link presses that button, as everywhere.
 */
export function useFloorKeys(keys: FloorKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING)) return;
      if (event.key === ' ' && target?.closest('button, a')) return;
      const action = {
        n: latest.current.next,
        p: latest.current.pauseOrResume,
        ' ': latest.current.pauseOrResume,
        e: latest.current.end,
        o: latest.current.pointOfOrder,
      }[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

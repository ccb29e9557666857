export interface Pause {
  pausedAt: number;
  /** null while the pause lasts. */
  resumedAt: number | null;
}

/**
 * Milliseconds spoken from `startedAt` until `until`, pauses not counted: only stored instants go in,
 * so the clock reads the same after a restart as if the program had run all along.
 */
export function spokenMs(startedAt: number, until: number, pauses: readonly Pause[]): number {
  const paused = pauses.reduce(
    (sum, p) => sum + Math.max(0, Math.min(p.resumedAt ?? until, until) - Math.max(p.pausedAt, startedAt)),
    0,
  );
  return Math.max(0, until - startedAt - paused);
}

export const wholeSeconds = (ms: number): number => Math.floor(ms / 1000);

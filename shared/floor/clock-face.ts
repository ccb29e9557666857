/** How the clock looks: time left while there is some, amber in the last minute, red from zero on. */
export type ClockPhase = 'running' | 'lastMinute' | 'over';

export interface ClockFace {
  /** "4:05" left, "0:00" at zero, "+0:42" past it; the time spoken when nothing is allotted. */
  text: string;
  phase: ClockPhase;
}

/** "4:05": minutes and seconds, as the clock and the record show them. */
export const minutesSeconds = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * The chair's and the room's clock: counts down from the allotted time, then counts the overrun.
 * Points of order and rights of reply have no allotted time: their clock counts up, never amber or red.
 */
export function clockFace(elapsedSeconds: number, allottedSeconds: number | null): ClockFace {
  const elapsed = Math.max(0, Math.floor(elapsedSeconds));
  if (allottedSeconds === null || allottedSeconds <= 0) return { text: minutesSeconds(elapsed), phase: 'running' };
  const left = allottedSeconds - elapsed;
  if (left > 60) return { text: minutesSeconds(left), phase: 'running' };
  if (left > 0) return { text: minutesSeconds(left), phase: 'lastMinute' };
  return { text: left === 0 ? minutesSeconds(0) : `+${minutesSeconds(-left)}`, phase: 'over' };
}

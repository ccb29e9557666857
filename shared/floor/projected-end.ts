import type { ScheduledItem } from '../schedule/compute-schedule';

export interface Speech {
  elapsedSeconds: number;
  allottedSeconds: number | null;
}

export interface ProjectedEnd {
  /** Minutes since midnight of the session's day, as computeSchedule counts them. */
  itemEndMinutes: number;
  /** Where the item's slot ends in the order of business. */
  slotEndMinutes: number;
  /** Minutes past the slot: positive late, negative early. */
  itemOverMinutes: number;
  /** The item's projected end, then every later item for its planned duration. */
  sessionEndMinutes: number;
  scheduledSessionEndMinutes: number;
}

const left = (speech: Speech | null): number =>
  speech && speech.allottedSeconds !== null ? Math.max(0, speech.allottedSeconds - speech.elapsedSeconds) : 0;

/**
 * When the open item and the session will end if every speech takes its allotted time from now on: the
 * time left to the speaker (and to the one a point of order suspended), then the allotted time of each
 * request in the queue (points of order and rights of reply have none, so they add nothing).
 */
export function projectedEnd(
  nowMinutes: number,
  speeches: { current: Speech | null; suspended: Speech | null; queuedSeconds: readonly number[] },
  schedule: readonly ScheduledItem[],
  itemId: string,
): ProjectedEnd | null {
  const index = schedule.findIndex((s) => s.id === itemId);
  const slot = schedule[index];
  const last = schedule[schedule.length - 1];
  if (!slot || !last) return null;
  const seconds =
    left(speeches.current) + left(speeches.suspended) + speeches.queuedSeconds.reduce((sum, s) => sum + s, 0);
  const itemEndMinutes = nowMinutes + seconds / 60;
  const later = schedule.slice(index + 1).reduce((sum, s) => sum + s.durationMinutes, 0);
  return {
    itemEndMinutes,
    slotEndMinutes: slot.endMinutes,
    itemOverMinutes: itemEndMinutes - slot.endMinutes,
    sessionEndMinutes: itemEndMinutes + later,
    scheduledSessionEndMinutes: last.endMinutes,
  };
}

/**
 * Where the projection starts, in minutes since midnight of the session's day. On the day, the wall
 * clock. On any other day (a rehearsal, or the chair trying the screen weeks ahead) the wall clock
 * means nothing to the agenda, so the item is taken to have begun at its planned start, with what
 * was already spoken on it behind it.
 */
export function projectionStart(
  onTheDay: boolean,
  nowMinutes: number,
  slot: { startMinutes: number },
  spokenSeconds: number,
): number {
  return onTheDay ? nowMinutes : slot.startMinutes + spokenSeconds / 60;
}

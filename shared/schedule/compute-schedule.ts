import { minutesToWallTime, wallTimeToMinutes } from '../dates/format-time';

export interface ScheduleInput {
  id: string;
  durationMinutes: number;
}

export interface ScheduledItem {
  id: string;
  /** `HH:MM` wall-clock start and end (wrapping past midnight). */
  start: string;
  end: string;
  /** Minutes since midnight of the session's day; may exceed 1440 when the agenda runs past midnight. */
  startMinutes: number;
  endMinutes: number;
  durationMinutes: number;
}

export interface Schedule {
  items: ScheduledItem[];
  totalMinutes: number;
  /** When the last item ends, `HH:MM`. */
  endsAt: string;
  /** The minutes the session has, from its start to its end time. */
  availableMinutes: number;
  /** Minutes the agenda runs past the session's end: positive when it runs over, negative when time is left. */
  overrunMinutes: number;
}

/** Start and end times of each item, laid end to end from the session's start, and how the total meets its end. */
export function computeSchedule(startTime: string, endTime: string, items: readonly ScheduleInput[]): Schedule {
  const sessionStart = wallTimeToMinutes(startTime);
  const sessionEnd = wallTimeToMinutes(endTime);
  let cursor = sessionStart;
  const scheduled = items.map((item): ScheduledItem => {
    const startMinutes = cursor;
    cursor += Math.max(0, item.durationMinutes);
    return {
      id: item.id,
      start: minutesToWallTime(startMinutes),
      end: minutesToWallTime(cursor),
      startMinutes,
      endMinutes: cursor,
      durationMinutes: cursor - startMinutes,
    };
  });
  const totalMinutes = cursor - sessionStart;
  return {
    items: scheduled,
    totalMinutes,
    endsAt: minutesToWallTime(cursor),
    availableMinutes: sessionEnd - sessionStart,
    overrunMinutes: cursor - sessionEnd,
  };
}

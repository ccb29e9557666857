/** A speaker's computed time on the item, in minutes from midnight. */
export interface SpeakerTime {
  startMinutes: number;
  endMinutes: number;
  /** True when the speaker's time ends after the item's slot does. */
  pastSlot: boolean;
}

export interface SpeakerTimes {
  times: SpeakerTime[];
  /** How far the last speaker ends past the slot's end (0 when they all fit). */
  overrunMinutes: number;
}

/** Each speaker's time, one after the other from the slot's start, and how far they run past its end. */
export function speakerTimes(
  slot: { startMinutes: number; endMinutes: number },
  allotted: readonly number[],
): SpeakerTimes {
  let cursor = slot.startMinutes;
  const times = allotted.map((minutes) => {
    const startMinutes = cursor;
    cursor += minutes;
    return { startMinutes, endMinutes: cursor, pastSlot: cursor > slot.endMinutes };
  });
  return { times, overrunMinutes: Math.max(0, cursor - slot.endMinutes) };
}

import type { SessionOverview } from '../api/contract';
import type { AgendaItem } from '../domain/agenda-item';
import { computeSchedule } from './compute-schedule';
import { speakerTimes } from './speaker-times';

export interface SpeakersPastSlot {
  item: AgendaItem;
  /** The item's number in the order of business. */
  number: number;
  /** How far the speakers, one after the other from the slot's start, run past its end. */
  overrunMinutes: number;
  /** The slot's end, `HH:MM`. */
  end: string;
}

/**
 * The items whose list of speakers, as exported (every speaker but the withdrawn, from the slot's start),
 * runs past the item's slot.
 */
export function speakersPastSlot(overview: SessionOverview): SpeakersPastSlot[] {
  const items = [...overview.agendaItems].sort((a, b) => a.position - b.position);
  const schedule = computeSchedule(overview.session.startTime, overview.session.endTime, items);
  return items.flatMap((item, index) => {
    const slot = schedule.items[index]!;
    const allotted = overview.speakers
      .filter((s) => s.agendaItemId === item.id && s.status !== 'withdrawn')
      .map((s) => s.allottedMinutes);
    const { overrunMinutes } = speakerTimes(slot, allotted);
    return overrunMinutes > 0 ? [{ item, number: index + 1, overrunMinutes, end: slot.end }] : [];
  });
}

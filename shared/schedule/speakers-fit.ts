import type { SpeakerRole, SpeakerStatus } from '../domain/speaker';

/** What the time check needs to know of a speaker. */
export interface FitSpeaker {
  role: SpeakerRole;
  status: SpeakerStatus;
  allottedMinutes: number;
}

/**
 * Whom "give every speaker N minutes" reaches besides those who asked for the floor (delegations,
 * observers, organizations): the panel's invited speakers keep the time agreed with them unless ticked.
 */
export interface LimitReach {
  /** Panelists and keynote speakers. */
  panelists: boolean;
  moderators: boolean;
}

export const FLOOR_ONLY: LimitReach = { panelists: false, moderators: false };

/** Still to take the floor: a speaker who spoke or withdrew no longer needs time. */
export const yetToSpeak = (speaker: Pick<FitSpeaker, 'status'>): boolean =>
  speaker.status !== 'spoke' && speaker.status !== 'withdrawn';

/** Whether a limit for every speaker, with this reach, changes a speaker of this role. */
export function limitReaches(role: SpeakerRole, reach: LimitReach): boolean {
  if (role === 'panelist' || role === 'keynote') return reach.panelists;
  if (role === 'moderator') return reach.moderators;
  return true;
}

export interface SpeakersFit {
  /** The allotted minutes of the speakers yet to speak. */
  totalAllotted: number;
  /** True when the speakers yet to speak fit in the item's slot. */
  fits: boolean;
  /**
   * The largest equal limit (whole minutes) for the speakers the limit reaches that fits the slot beside
   * the minutes of those it does not reach; null when it reaches no one yet to speak.
   */
  perSpeakerLimitThatFits: number | null;
}

const sum = (speakers: readonly FitSpeaker[]) => speakers.reduce((total, s) => total + s.allottedMinutes, 0);

/** Whether an item's speakers yet to speak fit in its duration, and which limit would make them fit. */
export function speakersFit(
  durationMinutes: number,
  speakers: readonly FitSpeaker[],
  reach: LimitReach = FLOOR_ONLY,
): SpeakersFit {
  const waiting = speakers.filter(yetToSpeak);
  const totalAllotted = sum(waiting);
  const reached = waiting.filter((s) => limitReaches(s.role, reach));
  const kept = totalAllotted - sum(reached);
  return {
    totalAllotted,
    fits: totalAllotted <= durationMinutes,
    perSpeakerLimitThatFits:
      reached.length === 0 ? null : Math.max(0, Math.floor((durationMinutes - kept) / reached.length)),
  };
}

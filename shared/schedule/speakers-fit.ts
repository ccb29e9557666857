export interface SpeakersFit {
  /** The sum of the speakers' allotted minutes. */
  totalAllotted: number;
  /** True when the speakers fit in the item's slot. */
  fits: boolean;
  /** The largest equal time limit per speaker that fits the slot (whole minutes); null with no speakers. */
  perSpeakerLimitThatFits: number | null;
}

/** Whether an item's speakers (each with their allotted minutes) fit in its duration. */
export function speakersFit(durationMinutes: number, allotted: readonly number[]): SpeakersFit {
  const totalAllotted = allotted.reduce((sum, minutes) => sum + minutes, 0);
  return {
    totalAllotted,
    fits: totalAllotted <= durationMinutes,
    perSpeakerLimitThatFits: allotted.length === 0 ? null : Math.floor(durationMinutes / allotted.length),
  };
}

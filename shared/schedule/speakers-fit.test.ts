import { describe, expect, it } from 'vitest';
import type { SpeakerRole, SpeakerStatus } from '../domain/speaker';
import { speakersFit } from './speakers-fit';

const speaker = (role: SpeakerRole, allottedMinutes: number, status: SpeakerStatus = 'requested') => ({
  role,
  status,
  allottedMinutes,
});
const delegations = (...minutes: number[]) => minutes.map((m) => speaker('delegation', m));

describe('speakersFit', () => {
  it('fits when the allotted minutes add up to no more than the slot', () => {
    expect(speakersFit(90, delegations(12, 12, 12, 12, 12, 12))).toEqual({
      totalAllotted: 72,
      fits: true,
      perSpeakerLimitThatFits: 15,
    });
    expect(speakersFit(60, delegations(20, 20, 20))).toEqual({
      totalAllotted: 60,
      fits: true,
      perSpeakerLimitThatFits: 20,
    });
  });
  it('does not fit when they exceed it, and says which limit would', () => {
    expect(speakersFit(60, delegations(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5))).toEqual({
      totalAllotted: 65,
      fits: false,
      perSpeakerLimitThatFits: 4,
    });
  });
  it('has no limit to propose with no speakers', () => {
    expect(speakersFit(30, [])).toEqual({ totalAllotted: 0, fits: true, perSpeakerLimitThatFits: null });
  });
  it('counts only the speakers who have not yet spoken', () => {
    const list = [
      speaker('delegation', 20, 'spoke'),
      speaker('delegation', 20, 'withdrawn'),
      speaker('delegation', 20, 'confirmed'),
      speaker('delegation', 20, 'requested'),
    ];
    expect(speakersFit(45, list)).toEqual({ totalAllotted: 40, fits: true, perSpeakerLimitThatFits: 22 });
  });
  it('proposes a limit for the delegations only, the panel keeping its minutes, unless ticked', () => {
    const list = [
      speaker('moderator', 5, 'confirmed'),
      speaker('panelist', 15, 'confirmed'),
      speaker('keynote', 15, 'confirmed'),
      speaker('delegation', 10),
      speaker('observer', 10),
      speaker('organization', 10),
    ];
    // 35 minutes of the panel kept: 25 left for three from the floor.
    expect(speakersFit(60, list)).toEqual({ totalAllotted: 65, fits: false, perSpeakerLimitThatFits: 8 });
    // Panelists too: the moderator's 5 kept, 55 for five speakers.
    expect(speakersFit(60, list, { panelists: true, moderators: false }).perSpeakerLimitThatFits).toBe(11);
    expect(speakersFit(60, list, { panelists: true, moderators: true }).perSpeakerLimitThatFits).toBe(10);
    expect(speakersFit(60, list, { panelists: false, moderators: true }).perSpeakerLimitThatFits).toBe(7);
  });
  it('proposes no negative limit when the kept minutes alone overrun, and none when the limit reaches no one', () => {
    const panel = [speaker('panelist', 50, 'confirmed'), speaker('panelist', 50, 'confirmed')];
    expect(speakersFit(60, [...panel, speaker('delegation', 3)]).perSpeakerLimitThatFits).toBe(0);
    expect(speakersFit(60, panel).perSpeakerLimitThatFits).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { speakerTimes } from './speaker-times';

describe('speakerTimes', () => {
  it('runs the speakers one after the other from the slot’s start', () => {
    expect(speakerTimes({ startMinutes: 600, endMinutes: 630 }, [10, 20])).toEqual({
      times: [
        { startMinutes: 600, endMinutes: 610, pastSlot: false },
        { startMinutes: 610, endMinutes: 630, pastSlot: false },
      ],
      overrunMinutes: 0,
    });
  });
  it('marks every speaker who ends past the slot, and how far the last one runs', () => {
    const { times, overrunMinutes } = speakerTimes({ startMinutes: 600, endMinutes: 620 }, [10, 15, 5]);
    expect(times.map((t) => t.pastSlot)).toEqual([false, true, true]);
    expect(overrunMinutes).toBe(10);
  });
  it('has no times and no overrun with no speakers', () => {
    expect(speakerTimes({ startMinutes: 600, endMinutes: 620 }, [])).toEqual({ times: [], overrunMinutes: 0 });
  });
});

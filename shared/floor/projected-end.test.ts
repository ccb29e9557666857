import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../schedule/compute-schedule';
import { projectedEnd, projectionStart } from './projected-end';

// 10:00–12:00: opening 10:00–10:30, panel 10:30–11:30, closing 11:30–11:45.
const { items } = computeSchedule('10:00', '12:00', [
  { id: 'opening', durationMinutes: 30 },
  { id: 'panel', durationMinutes: 60 },
  { id: 'closing', durationMinutes: 15 },
]);
const at = (hh: number, mm: number) => hh * 60 + mm;

describe('projectedEnd', () => {
  it('adds the time left to the speaker and the allotted time of the queue to now', () => {
    const end = projectedEnd(
      at(11, 0),
      { current: { elapsedSeconds: 120, allottedSeconds: 300 }, suspended: null, queuedSeconds: [600, 600, 0] },
      items,
      'panel',
    )!;
    expect(end.itemEndMinutes).toBe(at(11, 23));
    expect(end.slotEndMinutes).toBe(at(11, 30));
    expect(end.itemOverMinutes).toBe(-7);
    expect(end.sessionEndMinutes).toBe(at(11, 38));
    expect(end.scheduledSessionEndMinutes).toBe(at(11, 45));
  });
  it('counts an overrun as no time left, and the speech a point of order suspended', () => {
    const end = projectedEnd(
      at(11, 25),
      {
        current: { elapsedSeconds: 90, allottedSeconds: null },
        suspended: { elapsedSeconds: 200, allottedSeconds: 300 },
        queuedSeconds: [480],
      },
      items,
      'panel',
    )!;
    expect(end.itemEndMinutes).toBeCloseTo(at(11, 25) + 100 / 60 + 8);
    expect(end.itemOverMinutes).toBeGreaterThan(0);
    const late = projectedEnd(
      at(11, 0),
      { current: { elapsedSeconds: 900, allottedSeconds: 300 }, suspended: null, queuedSeconds: [] },
      items,
      'panel',
    )!;
    expect(late.itemEndMinutes).toBe(at(11, 0));
  });
  it('answers null for an item not on the schedule', () => {
    expect(projectedEnd(0, { current: null, suspended: null, queuedSeconds: [] }, items, 'gone')).toBeNull();
  });
});

describe('projectionStart', () => {
  const panel = items[1]!;
  it('is the wall clock on the session’s day', () => {
    expect(projectionStart(true, at(11, 5), panel, 600)).toBe(at(11, 5));
  });
  it('is the item’s planned start plus what was spoken on it, on any other day', () => {
    expect(projectionStart(false, at(4, 56), panel, 600)).toBe(at(10, 40));
    expect(projectionStart(false, at(23, 0), panel, 0)).toBe(at(10, 30));
  });
});

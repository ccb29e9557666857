import { describe, expect, it } from 'vitest';
import { computeSchedule } from './compute-schedule';

/** The demo session's order of business: 10:00 to 13:00. */
const DEMO = [
  { id: 'opening', durationMinutes: 10 },
  { id: 'adoption', durationMinutes: 5 },
  { id: 'panel', durationMinutes: 90 },
  { id: 'dialogue', durationMinutes: 60 },
  { id: 'other', durationMinutes: 5 },
  { id: 'closing', durationMinutes: 10 },
];

describe('computeSchedule', () => {
  it('lays items end to end from the start of the session', () => {
    const schedule = computeSchedule('10:00', '13:00', DEMO);
    expect(schedule.items.map((i) => [i.id, i.start, i.end])).toEqual([
      ['opening', '10:00', '10:10'],
      ['adoption', '10:10', '10:15'],
      ['panel', '10:15', '11:45'],
      ['dialogue', '11:45', '12:45'],
      ['other', '12:45', '12:50'],
      ['closing', '12:50', '13:00'],
    ]);
    expect(schedule.totalMinutes).toBe(180);
    expect(schedule.availableMinutes).toBe(180);
    expect(schedule.endsAt).toBe('13:00');
    expect(schedule.overrunMinutes).toBe(0);
  });

  it('reports an overrun as positive minutes', () => {
    const schedule = computeSchedule('10:00', '13:00', [...DEMO, { id: 'extra', durationMinutes: 25 }]);
    expect(schedule.endsAt).toBe('13:25');
    expect(schedule.overrunMinutes).toBe(25);
  });

  it('reports time left as negative minutes', () => {
    const schedule = computeSchedule('15:00', '18:00', [{ id: 'a', durationMinutes: 120 }]);
    expect(schedule.endsAt).toBe('17:00');
    expect(schedule.overrunMinutes).toBe(-60);
  });

  it('handles an empty agenda and items of zero minutes', () => {
    expect(computeSchedule('10:00', '11:00', [])).toMatchObject({
      items: [],
      totalMinutes: 0,
      endsAt: '10:00',
      overrunMinutes: -60,
    });
    const schedule = computeSchedule('10:00', '11:00', [
      { id: 'a', durationMinutes: 0 },
      { id: 'b', durationMinutes: 30 },
    ]);
    expect(schedule.items.map((i) => i.start)).toEqual(['10:00', '10:00']);
  });

  it('wraps the clock past midnight but keeps counting minutes', () => {
    const schedule = computeSchedule('22:30', '23:30', [
      { id: 'a', durationMinutes: 60 },
      { id: 'b', durationMinutes: 45 },
    ]);
    expect(schedule.items[1]).toMatchObject({ start: '23:30', end: '00:15', startMinutes: 1410, endMinutes: 1455 });
    expect(schedule.overrunMinutes).toBe(45);
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => computeSchedule('9:00', '13:00', [])).toThrow(RangeError);
  });
});

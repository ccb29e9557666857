import { describe, expect, it } from 'vitest';
import { localCalendarDate } from './local-date';

describe('localCalendarDate', () => {
  it('dates a moment in the given time zone, as YYYY-MM-DD', () => {
    expect(localCalendarDate('2023-05-10T01:30:00.000Z', 'America/New_York')).toBe('2023-05-09');
    expect(localCalendarDate('2023-05-10T01:30:00.000Z', 'UTC')).toBe('2023-05-10');
  });
});

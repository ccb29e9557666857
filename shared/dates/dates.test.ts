import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../domain/languages';
import { calendarDateToUtc, parseCalendarDate } from './calendar-date';
import { formatHeaderDate, formatLongDate } from './format-date';
import { formatMinutes } from './format-duration';
import { formatWallTime, minutesToWallTime, wallTimeToMinutes } from './format-time';

/** Zones west and east of UTC, where a date read or written in local time moves by a day. */
const ZONES = [
  'America/New_York',
  'Pacific/Honolulu',
  'America/Los_Angeles',
  'UTC',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
];
const startZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = startZone;
});

/** Runs `check` once in each zone: Node re-reads TZ whenever process.env.TZ is set. */
function inEveryZone(check: () => void): void {
  for (const zone of ZONES) {
    process.env.TZ = zone;
    check();
  }
}

const norm = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the test run', () => {
  it('runs west of UTC (vitest.config.ts sets TZ), where a local-time date shifts a day', () => {
    expect(startZone).toBe('America/New_York');
    // The bug these functions avoid: the ISO date parsed as UTC midnight, shown in local time.
    expect(new Date('2023-05-09').toLocaleDateString('en-US', { dateStyle: 'long' })).toBe('May 8, 2023');
  });
});

describe('parseCalendarDate', () => {
  it('reads YYYY-MM-DD', () => {
    expect(parseCalendarDate('2023-05-09')).toEqual({ year: 2023, month: 5, day: 9 });
  });
  it('refuses other forms and impossible days', () => {
    for (const bad of ['2023-5-9', '09/05/2023', '2023-02-30', '2023-13-01', '2023-05-09T00:00:00', '']) {
      expect(() => parseCalendarDate(bad), bad).toThrow(RangeError);
    }
  });
  it('builds the UTC midnight of the day, whatever the zone', () => {
    inEveryZone(() => {
      expect(calendarDateToUtc('2023-05-09').toISOString()).toBe('2023-05-09T00:00:00.000Z');
      expect(calendarDateToUtc('0050-01-31').toISOString()).toBe('0050-01-31T00:00:00.000Z');
    });
  });
});

describe('formatLongDate', () => {
  const expected = { en: 'May 9, 2023', es: '9 de mayo de 2023', fr: '9 mai 2023', pt: '9 de maio de 2023' };
  it('writes the long form of each language in every time zone', () => {
    inEveryZone(() => {
      for (const lang of LANGUAGES)
        expect(formatLongDate('2023-05-09', lang), `${lang} ${process.env.TZ}`).toBe(expected[lang]);
    });
  });
  it('keeps the first and last day of a year in their year', () => {
    inEveryZone(() => {
      expect(formatLongDate('2024-01-01', 'en')).toBe('January 1, 2024');
      expect(formatLongDate('2023-12-31', 'es')).toBe('31 de diciembre de 2023');
    });
  });
});

/** Every day of a common and a leap year, and a few far ones, as `YYYY-MM-DD`. */
const manyDays = (): string[] => {
  const days: string[] = [];
  for (const start of ['2023-01-01', '2024-01-01']) {
    const first = Date.parse(`${start}T00:00:00Z`);
    for (let i = 0; i < 366; i += 1) days.push(new Date(first + i * 86_400_000).toISOString().slice(0, 10));
  }
  return [...days, '1999-12-31', '2100-02-28', '2999-07-01'];
};

describe('long and header dates, written out without Intl', () => {
  it('match what Intl.DateTimeFormat writes, every day, in every language', () => {
    for (const lang of LANGUAGES) {
      const long = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      const header = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const day of manyDays()) {
        const instant = calendarDateToUtc(day);
        expect(formatLongDate(day, lang), `${lang} ${day}`).toBe(long.format(instant));
        const part = (type: string) => header.formatToParts(instant).find((p) => p.type === type)!.value;
        expect(formatHeaderDate(day, lang), `${lang} ${day}`).toBe(`${part('day')} ${part('month')} ${part('year')}`);
      }
    }
  });
});

describe('formatHeaderDate', () => {
  const expected = { en: '9 May 2023', es: '9 mayo 2023', fr: '9 mai 2023', pt: '9 maio 2023' };
  it('writes day, month, year with no "de" and no comma, in every time zone', () => {
    inEveryZone(() => {
      for (const lang of LANGUAGES)
        expect(formatHeaderDate('2023-05-09', lang), `${lang} ${process.env.TZ}`).toBe(expected[lang]);
    });
  });
  it('does not pad the day', () => {
    expect(formatHeaderDate('2023-03-01', 'fr')).toBe('1 mars 2023');
    expect(formatHeaderDate('2023-03-01', 'pt')).toBe('1 março 2023');
  });
});

describe('wall-clock times', () => {
  it('converts between HH:MM and minutes, wrapping past midnight', () => {
    expect(wallTimeToMinutes('10:00')).toBe(600);
    expect(wallTimeToMinutes('23:59')).toBe(1439);
    expect(minutesToWallTime(600)).toBe('10:00');
    expect(minutesToWallTime(1440 + 75)).toBe('01:15');
    expect(() => wallTimeToMinutes('24:00')).toThrow(RangeError);
    expect(() => wallTimeToMinutes('9:00')).toThrow(RangeError);
  });
  it('formats per language, in every time zone', () => {
    inEveryZone(() => {
      expect(norm(formatWallTime('10:00', 'en'))).toBe('10:00 a.m.');
      expect(norm(formatWallTime('13:05', 'en'))).toBe('1:05 p.m.');
      expect(norm(formatWallTime('00:30', 'en'))).toBe('12:30 a.m.');
      expect(norm(formatWallTime('12:00', 'en'))).toBe('12:00 p.m.');
      expect(formatWallTime('13:05', 'es')).toBe('13:05');
      expect(formatWallTime('09:30', 'fr')).toBe('09:30');
      expect(formatWallTime('00:05', 'pt')).toBe('00:05');
    });
  });
  it('keeps "a.m." on the line of its number', () => {
    expect(formatWallTime('10:00', 'en')).toBe('10:00\u00a0a.m.');
  });
});

describe('formatMinutes', () => {
  it('writes minutes with the plural of each language', () => {
    expect(formatMinutes(90, 'en')).toBe('90 minutes');
    expect(formatMinutes(1, 'en')).toBe('1 minute');
    expect(formatMinutes(1, 'es')).toBe('1 minuto');
    expect(formatMinutes(12, 'pt')).toBe('12 minutos');
    expect(formatMinutes(5, 'fr')).toBe('5 minutes');
  });
});

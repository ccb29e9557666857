/**
 * Calendar dates travel as plain `YYYY-MM-DD` strings. To format one, build the instant of its
 * midnight in UTC and format it in UTC: a Date built in local time (`new Date('2023-05-09')` read
 * back in local time, or `new Date(2023, 4, 9)` formatted in UTC) shifts a day somewhere.
 */
export interface CalendarDateParts {
  year: number;
  month: number;
  day: number;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; set the year again so that year 0050 stays 0050.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** The parts of a `YYYY-MM-DD` date; throws on anything else, including impossible days (2023-02-30). */
export function parseCalendarDate(text: string): CalendarDateParts {
  const match = CALENDAR_DATE.exec(text);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${text}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = utcMidnight(year, month, day);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`no such day: ${text}`);
  }
  return { year, month, day };
}

/** The instant of the date's midnight in UTC: only ever format it with `timeZone: 'UTC'`. */
export function calendarDateToUtc(text: string): Date {
  const { year, month, day } = parseCalendarDate(text);
  return utcMidnight(year, month, day);
}

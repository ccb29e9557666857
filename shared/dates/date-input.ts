import type { Language } from '../domain/languages';
import { parseCalendarDate } from './calendar-date';

/**
 * What the app's own date and time fields accept, per interface language (never the browser's locale).
 *
 * Dates: the language's day order with four-digit years, `/`, `-` or `.` between the parts: month/day/year in
 * English (05/09/2023, as "May 9, 2023" reads), day/month/year in Spanish, French and Portuguese (09/05/2023).
 * `YYYY-MM-DD` is accepted in every language: it cannot be misread, and it is what the app stores. A field
 * shows its date in the language's order (`formatDateInput`) and names that order in its label.
 *
 * Times: 24-hour `HH:MM` in Spanish, French and Portuguese (French also `9h30` and `9 h 30`, as French
 * writes it); English shows "9:30 a.m." as the app's documents do, and accepts that, "9:30 AM", "9:30am"
 * and the 24-hour "21:30". An hour without minutes ("9") is not a time: a field never guesses.
 *
 * The parse answers `empty`, `valid` with the stored form, or `invalid` with why: the field saves only
 * `valid`, so a half-typed or impossible value (2023-02-30) never reaches the store.
 */
export type InputParse =
  { status: 'empty' } | { status: 'valid'; value: string } | { status: 'invalid'; reason: 'format' | 'impossible' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ORDERED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The order of the day and the month a language writes: month first in English only. */
const monthFirst = (lang: Language) => lang === 'en';

const pad = (n: number) => String(n).padStart(2, '0');

function calendarDate(year: number, month: number, day: number): InputParse {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { status: 'invalid', reason: 'impossible' };
  const value = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  try {
    parseCalendarDate(value);
    return { status: 'valid', value };
  } catch {
    return { status: 'invalid', reason: 'impossible' };
  }
}

/** Reads what was typed in a date field, in the interface language's order or as `YYYY-MM-DD`. */
export function parseDateInput(text: string, lang: Language): InputParse {
  const typed = text.trim().replace(/\s+/g, '');
  if (typed === '') return { status: 'empty' };
  const iso = ISO.exec(typed);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const ordered = ORDERED.exec(typed);
  if (!ordered) return { status: 'invalid', reason: 'format' };
  const [first, second, year] = [Number(ordered[1]), Number(ordered[2]), Number(ordered[3])];
  return monthFirst(lang) ? calendarDate(year, first, second) : calendarDate(year, second, first);
}

/** A stored `YYYY-MM-DD` as its field shows it: 05/09/2023 in English, 09/05/2023 elsewhere. */
export function formatDateInput(date: string, lang: Language): string {
  if (date === '') return '';
  const { year, month, day } = parseCalendarDate(date);
  const yyyy = String(year).padStart(4, '0');
  return monthFirst(lang) ? `${pad(month)}/${pad(day)}/${yyyy}` : `${pad(day)}/${pad(month)}/${yyyy}`;
}

const TWENTY_FOUR = /^(\d{1,2})(?::|h|\s?h\s?)(\d{2})$/;
const TWELVE = /^(\d{1,2}):(\d{2})\s*([ap])\.?\s*m\.?$/;

function wallTime(hours: number, minutes: number): InputParse {
  if (hours > 23 || minutes > 59) return { status: 'invalid', reason: 'impossible' };
  return { status: 'valid', value: `${pad(hours)}:${pad(minutes)}` };
}

/** Reads what was typed in a time field: `HH:MM` (24-hour) in every language, "9:30 a.m." too in English. */
export function parseTimeInput(text: string, lang: Language): InputParse {
  const typed = text.trim().toLowerCase();
  if (typed === '') return { status: 'empty' };
  const twelve = lang === 'en' ? TWELVE.exec(typed) : null;
  if (twelve) {
    const [hours, minutes] = [Number(twelve[1]), Number(twelve[2])];
    if (hours < 1 || hours > 12) return { status: 'invalid', reason: 'impossible' };
    return wallTime((hours % 12) + (twelve[3] === 'p' ? 12 : 0), minutes);
  }
  const plain = TWENTY_FOUR.exec(typed);
  // "h" is French only: "9h30" in English or Spanish is more likely a slip than a time.
  if (!plain || (lang !== 'fr' && !typed.includes(':'))) return { status: 'invalid', reason: 'format' };
  return wallTime(Number(plain[1]), Number(plain[2]));
}

/** A stored `HH:MM` as its field shows it: "9:30 a.m." in English, "09:30" elsewhere. */
export function formatTimeInput(time: string, lang: Language): string {
  if (time === '' || lang !== 'en') return time;
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}:${pad(minutes)} ${hours < 12 ? 'a.m.' : 'p.m.'}`;
}

const DATE_THEN_TIME = /^(\S+)\s+(.+)$/;
const SECONDS = /^(\d{1,2}:\d{2}):(\d{2})(.*)$/;

/**
 * Reads a wall-clock moment typed as a date and a time (`05/01/2023 10:05 a.m.`, `01/05/2023 10:05:30`): each part
 * by the rules above, seconds optional. Stores `YYYY-MM-DDTHH:MM:SS`, as a request for the floor is kept.
 */
export function parseDateTimeInput(text: string, lang: Language): InputParse {
  const typed = text.trim();
  if (typed === '') return { status: 'empty' };
  const parts = DATE_THEN_TIME.exec(typed);
  if (!parts) return { status: 'invalid', reason: 'format' };
  const date = parseDateInput(parts[1]!, lang);
  const seconds = SECONDS.exec(parts[2]!.trim());
  const time = parseTimeInput(seconds ? `${seconds[1]}${seconds[3]}` : parts[2]!, lang);
  if (date.status === 'empty' || time.status === 'empty') return { status: 'invalid', reason: 'format' };
  if (date.status === 'invalid') return date;
  if (time.status === 'invalid') return time;
  const ss = seconds ? Number(seconds[2]) : 0;
  if (ss > 59) return { status: 'invalid', reason: 'impossible' };
  return { status: 'valid', value: `${date.value}T${time.value}:${pad(ss)}` };
}

/** A stored `YYYY-MM-DDTHH:MM:SS` as its field shows it: the date, then the time, seconds only when not zero. */
export function formatDateTimeInput(moment: string, lang: Language): string {
  if (moment === '') return '';
  const [date, clock] = moment.split('T') as [string, string];
  const [hh, mm, ss = '00'] = clock.split(':');
  const time = formatTimeInput(`${hh}:${mm}`, lang);
  return `${formatDateInput(date, lang)} ${ss === '00' ? time : time.replace(/^(\d{1,2}:\d{2})/, `$1:${ss}`)}`;
}

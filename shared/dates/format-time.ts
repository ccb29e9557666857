import type { Language } from '../domain/languages';

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an `HH:MM` wall-clock time. */
export function wallTimeToMinutes(hhmm: string): number {
  const match = WALL_TIME.exec(hhmm);
  if (!match) throw new RangeError(`not a wall-clock time (HH:MM): ${hhmm}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` of a number of minutes since midnight, wrapping past midnight. */
export function minutesToWallTime(minutes: number): string {
  const day = 24 * 60;
  const m = ((Math.round(minutes) % day) + day) % day;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * A wall-clock time as each language writes it: "10:00 a.m." and "1:00 p.m." in English (the
 * OAS's English style), "09:30" and "13:00" in Spanish, French and Portuguese. Formatted in UTC from a UTC
 * instant, so the machine's time zone never moves it.
 */
export function formatWallTime(hhmm: string, lang: Language): string {
  const minutes = wallTimeToMinutes(hhmm);
  const instant = new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
  const text = new Intl.DateTimeFormat(lang, {
    hour: lang === 'en' ? 'numeric' : '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    hourCycle: lang === 'en' ? 'h12' : 'h23',
  }).format(instant);
  // ICU writes "1:00 PM" with a narrow no-break space; keep a no-break space, write "p.m.".
  return lang === 'en' ? text.replace(/\s*AM$/i, '\u00a0a.m.').replace(/\s*PM$/i, '\u00a0p.m.') : text;
}

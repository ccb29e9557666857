import type { Language } from '../domain/languages';
import { parseCalendarDate } from './calendar-date';
import { MONTH_NAMES } from './month-names';

/*
 * Written out from the month's name rather than through Intl.DateTimeFormat: building the first
 * one in a process costs tens of milliseconds (ICU's pattern generator), most of a CLI export's date
 * line, and these fixed forms need none of it. dates.test.ts checks them against Intl, day by day.
 */

/** Running-text form: "May 9, 2023", "9 de mayo de 2023", "9 mai 2023", "9 de maio de 2023". */
export function formatLongDate(date: string, lang: Language): string {
  const { year, month, day } = parseCalendarDate(date);
  const name = MONTH_NAMES[lang][month - 1]!;
  if (lang === 'en') return `${name} ${day}, ${year}`;
  return lang === 'fr' ? `${day} ${name} ${year}` : `${day} de ${name} de ${year}`;
}

/**
 * Document-header form (OAS): day, month, year, with no "de" and no comma, in every language:
 * "9 May 2023", "9 mayo 2023", "9 mai 2023", "9 maio 2023".
 */
export function formatHeaderDate(date: string, lang: Language): string {
  const { year, month, day } = parseCalendarDate(date);
  return `${day} ${MONTH_NAMES[lang][month - 1]!} ${year}`;
}

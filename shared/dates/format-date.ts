import type { Language } from '../domain/languages';
import { calendarDateToUtc } from './calendar-date';

/** Running-text form: "May 9, 2023", "9 de mayo de 2023", "9 mai 2023", "9 de maio de 2023". */
export function formatLongDate(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(calendarDateToUtc(date));
}

/**
 * Document-header form (OAS): day, month, year, with no "de" and no comma, in every language:
 * "9 May 2023", "9 mayo 2023", "9 mai 2023", "9 maio 2023".
 */
export function formatHeaderDate(date: string, lang: Language): string {
  const parts = new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(calendarDateToUtc(date));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}`;
}

import type { Language } from '../domain/languages';

/** A number of minutes in words: "90 minutes", "1 minuto", "5 minutes", "12 minutos" (Intl handles the plural). */
export function formatMinutes(minutes: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

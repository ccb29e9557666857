import { useMemo } from 'react';
import type { Language } from '../../shared/domain/languages';
import { formatLongDate } from '../../shared/dates/format-date';
import { formatMinutes } from '../../shared/dates/format-duration';
import { formatWallTime } from '../../shared/dates/format-time';
import { useLanguage } from './use-language';

/**
 * Remembers what a formatter answered: each call builds an Intl formatter, which costs far more than
 * the text it gives, and a long agenda asks for the same few times and durations again and again.
 */
function remembered<T extends string | number>(format: (value: T, lang: Language) => string) {
  const cache = new Map<string, string>();
  return (value: T, lang: Language): string => {
    const key = `${lang}|${value}`;
    let text = cache.get(key);
    if (text === undefined) {
      text = format(value, lang);
      if (cache.size > 5000) cache.clear();
      cache.set(key, text);
    }
    return text;
  };
}

const wallTime = remembered(formatWallTime);
const minutes = remembered(formatMinutes);
const longDate = remembered(formatLongDate);
const numberFormats = new Map<Language, Intl.NumberFormat>();
/** A whole number with the language's grouping (43,297; 43.297; 43 297). */
const count = (value: number, lang: Language): string => {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })));
  return format.format(value);
};

/** Date, time, duration and number formatters in the language of the screens. */
export function useFormatters() {
  const lang = useLanguage();
  return useMemo(
    () => ({
      lang,
      longDate: (date: string) => longDate(date, lang),
      wallTime: (hhmm: string) => wallTime(hhmm, lang),
      minutes: (value: number) => minutes(value, lang),
      count: (value: number) => count(value, lang),
    }),
    [lang],
  );
}

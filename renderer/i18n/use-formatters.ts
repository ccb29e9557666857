import { useMemo } from 'react';
import { formatLongDate } from '../../shared/dates/format-date';
import { formatMinutes } from '../../shared/dates/format-duration';
import { formatWallTime } from '../../shared/dates/format-time';
import { useLanguage } from './use-language';

/** Date, time and duration formatters in the language of the screens. */
export function useFormatters() {
  const lang = useLanguage();
  return useMemo(
    () => ({
      lang,
      longDate: (date: string) => formatLongDate(date, lang),
      wallTime: (hhmm: string) => formatWallTime(hhmm, lang),
      minutes: (minutes: number) => formatMinutes(minutes, lang),
    }),
    [lang],
  );
}

/**
 * The calendar date (YYYY-MM-DD) on this computer of a moment stored as an ISO instant: a sending
 * made in the evening in Washington is dated that day, not the next (as its UTC date would be).
 */
export function localCalendarDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

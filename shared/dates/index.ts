export { calendarDateToUtc, parseCalendarDate, type CalendarDateParts } from './calendar-date';
export { formatHeaderDate, formatLongDate } from './format-date';
export { formatMinutes } from './format-duration';
export { formatWallTime, minutesToWallTime, wallTimeToMinutes } from './format-time';

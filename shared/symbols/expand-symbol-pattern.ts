/**
 * A body's symbol pattern with its running number and year filled in: "CP/CAM-{n}/{yy}" gives
 * "CP/CAM-12/23" for number 12 on a date in 2023.
 */
export function expandSymbolPattern(pattern: string, number: number, calendarDate: string): string {
  const year = calendarDate.slice(0, 4);
  return pattern.replaceAll('{n}', String(number)).replaceAll('{yyyy}', year).replaceAll('{yy}', year.slice(2));
}

import { MONTH_NAMES } from '../../shared/dates/month-names';

/** Month numbers by their names in the four languages, for a draft's title block. */
const MONTHS: Record<string, number> = {};
for (const names of Object.values(MONTH_NAMES)) names.forEach((n, index) => (MONTHS[n.toLowerCase()] = index + 1));

/** "May 9, 2023", "9 de mayo de 2023", "9 mai 2023", "2023-05-09" → '2023-05-09'; '' when it is no date. */
export function parseDocumentDate(text: string): string {
  const t = text.toLowerCase().replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number) => {
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
      ? `${y}-${pad(m)}-${pad(d)}`
      : '';
  };
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([\p{L}]+) (\d{1,2}),? (\d{4})$/u.exec(t);
  if (m && MONTHS[m[1]!]) return valid(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
  m = /^(\d{1,2})(?:er|º)? (?:de )?([\p{L}]+),? (?:de )?(\d{4})$/u.exec(t);
  if (m && MONTHS[m[2]!]) return valid(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  return '';
}

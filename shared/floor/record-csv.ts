import type { FloorRecordEntry } from './floor-types';

/** How the CSV names the rows a record entry points to (the caller picks the language). */
export interface RecordNames {
  item(id: string): string;
  organization(id: string): string;
  person(id: string): string;
}

const COLUMNS = ['item', 'kind', 'role', 'organization', 'person', 'startedAt', 'endedAt', 'spokenSeconds'] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const field = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The record as CSV for a spreadsheet: a header of field names (stable for scripts, so not
 * translated), one speech a line, CRLF line ends as RFC 4180 has them.
 */
export function recordCsv(record: readonly FloorRecordEntry[], names: RecordNames): string {
  const lines = record.map((e) =>
    [
      names.item(e.itemId),
      e.kind,
      e.role,
      e.organizationId === null ? '' : names.organization(e.organizationId),
      e.personId === null ? '' : names.person(e.personId),
      e.startedAt,
      e.endedAt,
      e.spokenSeconds,
    ]
      .map(field)
      .join(','),
  );
  return [COLUMNS.join(','), ...lines].map((l) => `${l}\r\n`).join('');
}

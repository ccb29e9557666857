import type { Language, Localized } from '../../shared/domain/languages';
import { localizedColumns, localizedFromColumns } from './columns';
import type { EntitySpec } from './entity-specs';

type Row = Record<string, unknown>;

/**
 * Domain fields to store columns: localized fields spread over four columns (as JSON for rich
 * ones), lists as JSON, flags as 0/1.
 */
export function toRow(spec: EntitySpec, fields: Row): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (spec.localized.includes(key)) Object.assign(row, localizedColumns(key, value as Localized));
    else if (spec.localizedJson.includes(key))
      Object.assign(row, localizedColumns(key, value as Record<Language, unknown>, JSON.stringify));
    else if (spec.json.includes(key)) row[key] = value === null ? null : JSON.stringify(value);
    else if (spec.booleans.includes(key)) row[key] = value ? 1 : 0;
    else row[key] = value;
  }
  return row;
}

/**
 * Store columns back to the domain shape. Not checked again: every row was written from an input the
 * contract checked (or a session file checked on import), so what we wrote is trusted when read back.
 */
export function fromRow(spec: EntitySpec, row: Row): unknown {
  const out: Row = {};
  const localizedColumnNames = new Set<string>();
  const spread = (keys: readonly string[], decode: (text: string) => unknown) => {
    for (const key of keys) {
      out[key] = localizedFromColumns(key, row, decode);
      for (const suffix of ['En', 'Es', 'Fr', 'Pt']) localizedColumnNames.add(`${key}${suffix}`);
    }
  };
  spread(spec.localized, (text) => text);
  spread(spec.localizedJson, (text) => JSON.parse(text));
  for (const [key, value] of Object.entries(row)) {
    if (localizedColumnNames.has(key)) continue;
    if (spec.json.includes(key)) out[key] = typeof value === 'string' ? JSON.parse(value) : null;
    else if (spec.booleans.includes(key)) out[key] = value === 1;
    else out[key] = value;
  }
  return out;
}

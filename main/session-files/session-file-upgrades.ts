import { richTextFromPlainText } from '../../shared/content/rich-text';
import { LANGUAGES } from '../../shared/domain/languages';
import type { DataKey } from './session-file-format';

/** The schema version (migration number) from which agenda item annotations are rich text. */
export const RICH_ANNOTATIONS_SCHEMA = 4;

type Upgrade = { from: number; key: DataKey; upgrade: (record: Record<string, unknown>) => Record<string, unknown> };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What changed in the records of a session file since older versions of Session Desk wrote it, as
 * the store's migrations changed the database: each upgrade applies to files of a schema version
 * before `from`. Upgrades run on the parsed JSON before the domain schemas check it, and leave
 * anything they do not recognize as it is, so a damaged file is still refused with its reason.
 */
const UPGRADES: readonly Upgrade[] = [
  {
    from: RICH_ANNOTATIONS_SCHEMA,
    key: 'agendaItems',
    upgrade: (item) => {
      const annotation = item.annotation;
      if (!isRecord(annotation) || !LANGUAGES.every((l) => typeof annotation[l] === 'string')) return item;
      const rich = Object.fromEntries(LANGUAGES.map((l) => [l, richTextFromPlainText(annotation[l] as string)]));
      return { ...item, annotation: rich };
    },
  },
];

/** The JSON of one data file, written at `schemaVersion`, as the current schema has it. */
export function upgradeDataFile(key: DataKey, json: unknown, schemaVersion: number): unknown {
  return UPGRADES.reduce((data, { from, key: upgraded, upgrade }) => {
    if (upgraded !== key || schemaVersion >= from || !Array.isArray(data)) return data;
    return data.map((record) => (isRecord(record) ? upgrade(record) : record));
  }, json);
}

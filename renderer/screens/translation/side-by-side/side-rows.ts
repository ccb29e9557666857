import type { StoredContent } from '../../../../shared/content/schema';
import { alignContent } from '../../../../shared/translation/align';
import {
  passagesOf,
  TITLE_FIELDS,
  titleText,
  type PassageKind,
  type TitleField,
} from '../../../../shared/translation/units';

/*
 * The rows of the side-by-side view: the title block's fields, then the passages paired as the
 * alignment pairs them (a passage one side lacks gets an empty cell), then the footnotes paired in
 * order, as a translator's tool and the import pair them.
 */

export type SideRow =
  | { key: string; where: 'title'; field: TitleField }
  | {
      key: string;
      where: 'passage';
      kind: PassageKind;
      level: number;
      original: number | null;
      translation: number | null;
    }
  | { key: string; where: 'footnote'; original: number | null; translation: number | null };

export function sideRows(original: StoredContent, translation: StoredContent): SideRow[] {
  const rows: SideRow[] = [];
  for (const field of TITLE_FIELDS) {
    if (titleText(original, field) || titleText(translation, field))
      rows.push({ key: `title:${field}`, where: 'title', field });
  }
  const a = passagesOf(original.body);
  const b = passagesOf(translation.body);
  for (const [i, j] of alignContent(original, translation).pairs) {
    const shape = a.passages[(i ?? 0) - 1] ?? b.passages[(j ?? 0) - 1];
    if (!shape) continue;
    rows.push({
      key: `passage:${i ?? '-'}:${j ?? '-'}`,
      where: 'passage',
      kind: shape.kind,
      level: shape.level,
      original: i,
      translation: j,
    });
  }
  for (let n = 1; n <= Math.max(a.footnotes.length, b.footnotes.length); n++) {
    rows.push({
      key: `footnote:${n}`,
      where: 'footnote',
      original: n <= a.footnotes.length ? n : null,
      translation: n <= b.footnotes.length ? n : null,
    });
  }
  return rows;
}

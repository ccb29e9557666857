import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode } from '../../../../shared/content/schema';
import type { Language } from '../../../../shared/domain/languages';
import type { TitleField } from '../../../../shared/translation/units';
import { CellEditor } from './CellEditor';
import { cellDoc } from './cell-content';
import { sameCell, type CellData } from './side-cells';
import { SideCell } from './SideCell';
import type { SideRow } from './side-rows';

export type Side = 'original' | 'translation';

/** A column: the version's language, and its name in the screen's language. */
export interface SideInfo {
  side: Side;
  lang: Language;
  language: string;
}

const FIELD_LABELS: Record<TitleField, string> = {
  documentKindLabel: 'documentEditor.fields.kindLabel',
  title: 'documentEditor.fields.title',
  subtitle: 'documentEditor.fields.subtitle',
  authorship: 'documentEditor.fields.authorship',
};

interface RowProps {
  row: SideRow;
  sides: readonly [SideInfo, SideInfo];
  cells: readonly [CellData, CellData];
  titles: readonly [string, string];
  editing: Side | null;
  /** The side whose editor was closed last, in this row. */
  closed: Side | null;
  onOpen: (row: SideRow, side: Side) => void;
  onClose: () => void;
  onCell: (row: SideRow, side: Side, cell: DocNode) => void;
  onTitle: (side: Side, field: TitleField, value: string) => void;
}

/** Cells and titles are made afresh on each edit: a row redraws only when what it shows changed. */
const sameRow = (a: RowProps, b: RowProps) =>
  a.row === b.row &&
  a.sides === b.sides &&
  a.editing === b.editing &&
  a.closed === b.closed &&
  a.onOpen === b.onOpen &&
  a.onClose === b.onClose &&
  a.onCell === b.onCell &&
  a.onTitle === b.onTitle &&
  a.titles[0] === b.titles[0] &&
  a.titles[1] === b.titles[1] &&
  sameCell(a.cells[0], b.cells[0]) &&
  sameCell(a.cells[1], b.cells[1]);

/** One row: what it is (a title field, paragraph N, footnote N), then the original and the translation. */
export const SideRowView = memo(function SideRowView({
  row,
  sides,
  cells,
  titles,
  editing,
  closed,
  onOpen,
  onClose,
  onCell,
  onTitle,
}: RowProps) {
  const { t } = useTranslation();
  const what =
    row.where === 'title'
      ? t(FIELD_LABELS[row.field])
      : t(row.where === 'footnote' ? 'sideBySide.footnote' : 'sideBySide.paragraph', {
          number: row.original ?? row.translation,
        });

  const column = ({ side, lang, language }: SideInfo, index: 0 | 1) => {
    const label = `${what} (${language})`;
    if (row.where === 'title') {
      return (
        <textarea
          className="side-cell__field"
          rows={2}
          value={titles[index]}
          lang={lang}
          aria-label={label}
          // A title field is one line when it prints: a pasted line break becomes a space.
          onChange={(e) => onTitle(side, row.field, e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
        />
      );
    }
    const cell = cells[index];
    const doc = editing === side ? cellDoc(cell) : null;
    if (doc && cell) {
      return (
        <CellEditor
          doc={doc}
          lang={lang}
          label={label}
          firstFootnote={cell.kind === 'passage' ? cell.firstFootnote : 1}
          onChange={(next) => onCell(row, side, next)}
          onClose={onClose}
        />
      );
    }
    return (
      <SideCell
        cell={cell}
        lang={lang}
        label={t('sideBySide.edit', { what: label })}
        onOpen={() => onOpen(row, side)}
        focus={closed === side}
      />
    );
  };

  return (
    <tr className={`side-row side-row--${row.where}`} data-testid="side-row">
      <th scope="row" className="side-row__what">
        {what}
      </th>
      <td>{column(sides[0], 0)}</td>
      <td>{column(sides[1], 1)}</td>
    </tr>
  );
}, sameRow);

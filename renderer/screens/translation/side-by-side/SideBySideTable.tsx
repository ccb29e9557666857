import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode, StoredContent } from '../../../../shared/content/schema';
import type { Language } from '../../../../shared/domain/languages';
import { languageNameKey } from '../../../../shared/i18n/enum-labels';
import type { TitleField } from '../../../../shared/translation/units';
import { checkContent } from '../../../components/rich-text/check-content';
import { Later } from '../../../saving/save-queue';
import { useSaver } from '../../../saving/use-saver';
import { applyCell } from './cell-content';
import { cellIndex } from './side-cells';
import { sideRows, type SideRow } from './side-rows';
import { SideRowView, type Side, type SideInfo } from './SideRowView';

type Contents = Record<Side, StoredContent>;

/** A language version that has text. */
export interface VersionText {
  id: string;
  language: Language;
  content: StoredContent;
}

/** The rows of both versions; one cell open at a time; every edit saved through the save queue. */
export function SideBySideTable({ original, translation }: { original: VersionText; translation: VersionText }) {
  const { t } = useTranslation();
  const saver = useSaver();
  const [contents, setContents] = useState<Contents>({ original: original.content, translation: translation.content });
  const contentsRef = useRef(contents);
  // Rows are paired once, when the screen opens: a cell's words change, never the rows, so nothing jumps while typing.
  const [rows] = useState(() => sideRows(original.content, translation.content));
  const [editing, setEditing] = useState<{ key: string; side: Side } | null>(null);
  const [closed, setClosed] = useState<{ key: string; side: Side } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const sides = useMemo(
    () =>
      [
        { side: 'original', lang: original.language, language: t(languageNameKey(original.language)) },
        { side: 'translation', lang: translation.language, language: t(languageNameKey(translation.language)) },
      ] as const satisfies readonly [SideInfo, SideInfo],
    [t, original.language, translation.language],
  );
  const cellsOf = useMemo(
    () => ({ original: cellIndex(contents.original.body), translation: cellIndex(contents.translation.body) }),
    [contents.original.body, contents.translation.body],
  );

  // Shown or taken off only when it changes: a key press that changes nothing on screen draws nothing.
  const refusalRef = useRef(refusal);
  const refuse = useCallback((next: string | null) => {
    if (refusalRef.current === next) return;
    refusalRef.current = next;
    setRefusal(next);
  }, []);

  /**
   * Saves a side as `contentsRef` holds it when the save goes: the version is checked against the
   * stored schema there, once per save and only in the blocks changed since (check-content.ts), not
   * on each key press. A refused version is not sent.
   */
  const save = useCallback(
    (side: Side) => {
      const content = new Later(() => {
        const checked = checkContent(contentsRef.current[side]);
        refuse(checked.ok ? null : t('sideBySide.invalid', { reason: checked.reason }));
        return checked.ok ? checked.content : undefined;
      });
      saver.patch('documentVersions', side === 'original' ? original.id : translation.id, { content });
    },
    [saver, t, refuse, original.id, translation.id],
  );

  // A cell's words are kept, not drawn: its editor shows them, and the rows read them when the cell closes.
  const onCell = useCallback(
    (row: SideRow, side: Side, cell: DocNode) => {
      const number = row.where === 'title' ? null : row[side];
      if (row.where === 'title' || number === null) return;
      const current = contentsRef.current[side];
      const body = applyCell(current.body, row.where, number, cell);
      if (!body) {
        refuse(t('sideBySide.emptyRefused'));
        return;
      }
      refuse(null);
      contentsRef.current = { ...contentsRef.current, [side]: { ...current, body } };
      save(side);
    },
    [save, refuse, t],
  );
  const onTitle = useCallback(
    (side: Side, field: TitleField, value: string) => {
      const current = contentsRef.current[side];
      contentsRef.current = {
        ...contentsRef.current,
        [side]: { ...current, titleBlock: { ...current.titleBlock, [field]: value } },
      };
      setContents(contentsRef.current);
      save(side);
    },
    [save],
  );
  // Read through a ref so the callbacks stay the same and opening one cell redraws two rows, not all.
  const editingRef = useRef(editing);
  const onOpen = useCallback((row: SideRow, side: Side) => {
    setContents(contentsRef.current);
    editingRef.current = { key: row.key, side };
    setClosed(null);
    setEditing(editingRef.current);
  }, []);
  const onClose = useCallback(() => {
    setContents(contentsRef.current);
    setClosed(editingRef.current);
    editingRef.current = null;
    setEditing(null);
  }, []);

  return (
    <>
      {refusal && (
        <p className="notice notice--error" role="alert" data-testid="side-by-side-refusal">
          {refusal}
        </p>
      )}
      <table className="side-by-side" data-testid="side-by-side">
        <thead>
          <tr>
            <th scope="col" className="side-row__what">
              <span className="visually-hidden">{t('sideBySide.where')}</span>
            </th>
            <th scope="col">{t('sideBySide.originalColumn', { language: sides[0].language })}</th>
            <th scope="col">{sides[1].language}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SideRowView
              key={row.key}
              row={row}
              sides={sides}
              cells={[cellsOf.original(row, 'original'), cellsOf.translation(row, 'translation')]}
              titles={
                row.where === 'title'
                  ? [contents.original.titleBlock[row.field] ?? '', contents.translation.titleBlock[row.field] ?? '']
                  : NO_TITLES
              }
              editing={editing?.key === row.key ? editing.side : null}
              closed={closed?.key === row.key ? closed.side : null}
              onOpen={onOpen}
              onClose={onClose}
              onCell={onCell}
              onTitle={onTitle}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

const NO_TITLES = ['', ''] as const;

import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/languages';
import { FootnoteParagraphs, RichInlines } from '../../../components/rich-text/RichTextView';
import type { CellData } from './side-cells';
import './side-cells.css';

/** A cell at rest: the text as it prints; a click, Enter or Space opens it for editing. */
export const SideCell = memo(function SideCell({
  cell,
  lang,
  label,
  onOpen,
  focus = false,
}: {
  cell: CellData;
  lang: Language;
  label: string;
  onOpen: () => void;
  /** The cell's editor was just closed: the keyboard goes on from here. */
  focus?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  if (cell === null) {
    return <p className="side-cell side-cell--none">{t('sideBySide.none')}</p>;
  }
  if (cell.kind === 'questions') {
    return <p className="side-cell side-cell--questions">{t('documentEditor.view.questions')}</p>;
  }
  return (
    <div
      ref={ref}
      className={`side-cell side-cell--${cell.kind === 'passage' ? cell.block.type : 'footnote'}`}
      role="button"
      tabIndex={0}
      lang={lang}
      aria-label={label}
      data-testid="side-cell"
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        onOpen();
      }}
    >
      {cell.kind === 'passage' ? (
        <p>
          <RichInlines nodes={cell.block.content ?? []} firstFootnote={cell.firstFootnote} links="text" />
        </p>
      ) : (
        <FootnoteParagraphs paragraphs={cell.node.content} links="text" />
      )}
    </div>
  );
});

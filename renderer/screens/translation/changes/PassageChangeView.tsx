import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { PassageChangeSchema } from '../../../../shared/api/translation-procedures';
import type { Language } from '../../../../shared/domain/languages';
import { wordDiff, type WordDiffPart } from '../../../../shared/translation/word-diff';
import { useLanguage } from '../../../i18n/use-language';

type PassageChange = z.infer<typeof PassageChangeSchema>;

/** Where a changed passage is, as a reader counts: "Paragraph 3", "Footnote 2", "Title block: subtitle". */
function useWhere(change: PassageChange): string {
  const { t } = useTranslation();
  if (change.where === 'title') {
    return t('translation.changes.titleField', {
      field: t(`translation.titleFields.${change.kind}`, { defaultValue: change.kind }),
    });
  }
  return t(`translation.changes.${change.where}`, { number: change.number ?? change.sentNumber ?? '' });
}

/**
 * One changed passage of the original: the text as sent and the text now, side by side, with the
 * words taken out struck through (<del>) and the words put in marked (<ins>).
 */
export function PassageChangeView({ change, textLang }: { change: PassageChange; textLang: Language }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const where = useWhere(change);
  const parts = wordDiff(change.old ?? '', change.new ?? '');
  return (
    <li className="passage-change" data-testid="passage-change" data-change={change.change}>
      <h3 className="passage-change__where">
        {where}{' '}
        <span className={`tag tag--change-${change.change}`}>{t(`translation.changes.change.${change.change}`)}</span>
        {change.change !== 'removed' && (
          <span className="muted passage-change__words">
            {t('translation.changes.passageWordsOf', {
              words: change.words.toLocaleString(lang),
              changed: change.changedWords.toLocaleString(lang),
            })}
          </span>
        )}
      </h3>
      <div className="passage-change__sides">
        <DiffSide label={t('translation.changes.before')} text={change.old} parts={parts} show="del" lang={textLang} />
        <DiffSide label={t('translation.changes.now')} text={change.new} parts={parts} show="ins" lang={textLang} />
      </div>
    </li>
  );
}

/** One side of a changed passage: the words both sides share, and this side's own words marked (<del> or <ins>). */
function DiffSide({
  label,
  text,
  parts,
  show,
  lang,
}: {
  label: string;
  text: string | null;
  parts: WordDiffPart[];
  show: 'del' | 'ins';
  lang: Language;
}) {
  const Mark = show;
  return (
    <div className="passage-change__side">
      <p className="passage-change__label">{label}</p>
      <p className="passage-change__text" lang={lang} data-testid={show === 'del' ? 'passage-old' : 'passage-new'}>
        {text === null
          ? '—'
          : parts
              .filter((p) => p.op === 'equal' || p.op === show)
              .map((p, i) => (p.op === show ? <Mark key={i}>{p.text}</Mark> : <span key={i}>{p.text}</span>))}
      </p>
    </div>
  );
}

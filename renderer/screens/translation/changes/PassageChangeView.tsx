import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { PassageChangeSchema } from '../../../../shared/api/translation-procedures';
import type { Language } from '../../../../shared/domain/languages';
import { wordDiff } from '../../../../shared/translation/word-diff';
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
        <div className="passage-change__side">
          <p className="passage-change__label">{t('translation.changes.before')}</p>
          <p className="passage-change__text" lang={textLang} data-testid="passage-old">
            {change.old === null
              ? '—'
              : parts
                  .filter((p) => p.op !== 'ins')
                  .map((p, i) => (p.op === 'del' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
          </p>
        </div>
        <div className="passage-change__side">
          <p className="passage-change__label">{t('translation.changes.now')}</p>
          <p className="passage-change__text" lang={textLang} data-testid="passage-new">
            {change.new === null
              ? '—'
              : parts
                  .filter((p) => p.op !== 'del')
                  .map((p, i) => (p.op === 'ins' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>))}
          </p>
        </div>
      </div>
    </li>
  );
}

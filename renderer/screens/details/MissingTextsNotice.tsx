import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/languages';
import { languageNameKey } from '../../../shared/i18n/enum-labels';
import type { MissingText } from '../../../shared/languages/missing-texts';
import { placeHref, placeLabel } from './missing-text-places';
import './missing-texts.css';

export interface MissingInLanguage {
  lang: Language;
  missing: readonly MissingText[];
}

/**
 * Before an export that would print texts in another language: each missing text (a link to where it
 * is written), then "Export anyway" or "Cancel". Takes the focus when it opens; Escape cancels.
 */
export function MissingTextsNotice({
  sessionId,
  groups,
  onExport,
  onCancel,
}: {
  sessionId: string;
  groups: readonly MissingInLanguage[];
  onExport: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="notice notice--warning missing-notice"
      role="group"
      aria-label={t('missingTexts.notice.body')}
      tabIndex={-1}
      ref={ref}
      data-testid="missing-notice"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p className="notice__title">{t('missingTexts.notice.body')}</p>
      {groups.map(({ lang, missing }) => (
        <div key={lang}>
          <p>{t('missingTexts.notice.title', { language: t(languageNameKey(lang)) })}</p>
          <ul className="missing-list">
            {missing.map((m) => (
              <li key={JSON.stringify(m.place)}>
                <a href={placeHref(sessionId, m.place)}>{placeLabel(t, m.place)}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="confirm">
        <button type="button" className="button button--primary" data-testid="export-anyway" onClick={onExport}>
          {t('missingTexts.notice.exportAnyway')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('missingTexts.notice.cancel')}
        </button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import { languageNameKey } from '../../../shared/i18n/enum-labels';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSaveQueue } from '../../saving/save-context';
import { exportsLabel, placeHref, placeLabel, sessionTitleFieldSelector } from './missing-text-places';
import './missing-texts.css';

/** One language's missing texts: a summary line that opens the list, each text a link to where it is written. */
function LanguageGaps({ sessionId, lang }: { sessionId: string; lang: Language }) {
  const { t } = useTranslation();
  const { state } = useApiQuery('exports.missingTexts', { sessionId, lang });
  const language = t(languageNameKey(lang));
  if (state.status === 'loading') return <p className="loading">{t('missingTexts.checking')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} withTitle={false} />;
  const missing = state.data;
  if (missing.length === 0) {
    return (
      <p className="missing-language missing-language--complete" data-testid={`missing-${lang}`}>
        {t('missingTexts.languageComplete', { language })}
      </p>
    );
  }
  return (
    <details className="missing-language" data-testid={`missing-${lang}`}>
      <summary>{t('missingTexts.language', { language, count: missing.length })}</summary>
      <ul className="missing-list">
        {missing.map((m) => (
          <li key={JSON.stringify(m.place)}>
            <a
              href={placeHref(sessionId, m.place)}
              onClick={(e) => {
                // the session title is on this screen: go to its field in that language
                if (m.place.type !== 'session_title') return;
                const field = document.querySelector<HTMLElement>(sessionTitleFieldSelector(lang));
                if (!field) return;
                e.preventDefault();
                field.focus();
              }}
            >
              {placeLabel(t, m.place)}
            </a>{' '}
            <span className="muted">{t('missingTexts.usedIn', { exports: exportsLabel(t, m) })}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Details: per language, the texts an export in it would print in another language. */
export function MissingTextsPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const queue = useSaveQueue();
  const [round, setRound] = useState(0);
  const [checking, setChecking] = useState(false);
  return (
    <section className="section" aria-labelledby="missing-texts-title" data-testid="missing-texts">
      <h2 id="missing-texts-title">{t('missingTexts.title')}</h2>
      <p className="field__hint">{t('missingTexts.intro')}</p>
      {LANGUAGES.map((lang) => (
        <LanguageGaps key={`${lang} ${round}`} sessionId={sessionId} lang={lang} />
      ))}
      <button
        type="button"
        className="button button--small"
        disabled={checking}
        onClick={() => {
          setChecking(true);
          void queue.flush().finally(() => {
            setChecking(false);
            setRound((r) => r + 1);
          });
        }}
      >
        {checking ? t('missingTexts.checking') : t('missingTexts.checkAgain')}
      </button>
    </section>
  );
}

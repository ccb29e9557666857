import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/domain/languages';
import { asLanguage } from './language-preference';
import { useLanguage } from './use-language';

/** Picks the language of the screens (EN, ES, FR, PT); the choice is saved for the next run. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-switcher"
        value={lang}
        onChange={(event) => void i18n.changeLanguage(asLanguage(event.target.value))}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.endonyms.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

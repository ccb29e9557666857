import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/languages';
import { asLanguage } from './language-preference';

/** The language the screens are shown in; re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.resolvedLanguage ?? i18n.language);
}

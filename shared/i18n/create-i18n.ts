import i18next, { type i18n } from 'i18next';
import { LANGUAGES, type Language } from '../domain/languages';
import { NAMESPACES, resources } from './resources';

/**
 * A ready i18next instance in `lang`, with every language and namespace loaded synchronously.
 * Free of React and of the DOM: the renderer binds it to React, main's exporters use it as is
 * (`createI18n('es').t('document:original', { language: ... })`).
 */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources,
    initAsync: false,
    // React escapes what it renders and Word files are not HTML: escaping here would double it.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
}

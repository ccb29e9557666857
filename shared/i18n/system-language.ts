import { LANGUAGES, type Language } from '../domain/languages';

/** The first of the system's preferred languages that Session Desk speaks ("es-419" → es), else English. */
export function systemLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = LANGUAGES.find((lang) => lang === base);
    if (found) return found;
  }
  return 'en';
}

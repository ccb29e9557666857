import { LANGUAGES, type Language } from '../../shared/domain/languages';

/** Where the chosen language of the screens is kept between runs. */
export const LANGUAGE_STORAGE_KEY = 'sessionDesk.language';

const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** The saved choice, else the first official language among the system's preferred ones, else English. */
export function initialLanguage(storage: Pick<Storage, 'getItem'>, preferred: readonly string[]): Language {
  const saved = storage.getItem(LANGUAGE_STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function saveLanguage(storage: Pick<Storage, 'setItem'>, lang: Language): void {
  storage.setItem(LANGUAGE_STORAGE_KEY, lang);
}

/** The language of an i18next instance as one of ours. */
export function asLanguage(value: string | undefined): Language {
  return isLanguage(value) ? value : 'en';
}

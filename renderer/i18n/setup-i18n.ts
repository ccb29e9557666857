import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n/create-i18n';
import { asLanguage, initialLanguage, saveLanguage } from './language-preference';

/**
 * The page's i18next instance: starts in the saved (or system) language, and on every change
 * saves the choice and sets <html lang> so that screen readers, hyphenation and spelling follow.
 */
export function setupI18n(win: Window): i18n {
  const storage = safeStorage(win);
  const instance = createI18n(initialLanguage(storage, win.navigator.languages ?? [win.navigator.language]));
  const apply = (lng: string) => {
    const lang = asLanguage(lng);
    win.document.documentElement.lang = lang;
    saveLanguage(storage, lang);
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return instance;
}

/** localStorage, or a stand-in where it is blocked (a locked-down browser profile). */
function safeStorage(win: Window): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    const storage = win.localStorage;
    storage.getItem('probe');
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
}

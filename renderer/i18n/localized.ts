import { LANGUAGES, type Language, type Localized } from '../../shared/domain/languages';

/** A localized text in `lang`, else the first language that has one, with the language it is in. */
export function localizedText(text: Localized, lang: Language): { text: string; lang: Language } {
  if (text[lang]) return { text: text[lang], lang };
  const found = LANGUAGES.find((l) => text[l] !== '');
  return found ? { text: text[found], lang: found } : { text: '', lang };
}

/**
 * The `lang` attribute for a text shown in a screen of language `screen`: set only when the text
 * fell back to another language, so that screen readers pronounce it right.
 */
export const langIfOther = (text: { lang: Language }, screen: Language): Language | undefined =>
  text.lang === screen ? undefined : text.lang;

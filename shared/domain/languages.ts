import { z } from 'zod';

/** The four official languages of the OAS, in the order the OAS lists them. */
export const LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** A short text held once per official language. Empty string means "not written yet". */
export const LocalizedSchema = z.object({
  en: z.string().max(2000),
  es: z.string().max(2000),
  fr: z.string().max(2000),
  pt: z.string().max(2000),
});
export type Localized = z.infer<typeof LocalizedSchema>;

export const emptyLocalized = (): Localized => ({ en: '', es: '', fr: '', pt: '' });

/** A text as an export prints it, with the language it is in (not the wanted one when it falls back). */
export interface PickedText {
  text: string;
  lang: Language;
}

/**
 * The text in the wanted language, else in the first language that has one, saying which: a
 * document that prints another language's text must tag it (shared/languages/missing-texts.ts
 * reports every such fallback before an export).
 */
export function pickLocalizedIn(text: Readonly<Record<Language, string>>, lang: Language): PickedText {
  const found = [lang, ...LANGUAGES].find((l) => text[l] !== '') ?? lang;
  return { text: text[found], lang: found };
}

/** The text in the wanted language, else the first language that has one. */
export const pickLocalized = (text: Localized, lang: Language): string => pickLocalizedIn(text, lang).text;

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

/** The text in the wanted language, else the first language that has one. */
export function pickLocalized(text: Localized, lang: Language): string {
  if (text[lang]) return text[lang];
  return LANGUAGES.map((l) => text[l]).find((t) => t !== '') ?? '';
}

import type { Language } from '../domain/languages';

/** Preposition + article that fuse into one word: FR du/des/au/aux, PT do/da/ao/à…, ES del/al. */
const FUSED: Record<Language, Readonly<Record<string, string>>> = {
  en: {},
  es: { 'de el': 'del', 'a el': 'al' },
  fr: { 'de le': 'du', 'de les': 'des', 'à le': 'au', 'à les': 'aux' },
  pt: {
    'de o': 'do',
    'de a': 'da',
    'de os': 'dos',
    'de as': 'das',
    'a o': 'ao',
    'a a': 'à',
    'a os': 'aos',
    'a as': 'às',
  },
};

/**
 * A preposition before a phrase that starts with `article` (or none): "de" + "le" + "Mexique" →
 * "du Mexique", "a" + "a" + "Sra. Silva" → "à Sra. Silva", "de" + "l'" + "Équateur" → "de l'Équateur";
 * French "de" elides before a vowel sound when no article comes between ("d'Haïti").
 */
export function withPreposition(
  lang: Language,
  preposition: string,
  article: string,
  rest: string,
  elides = false,
): string {
  if (!article) return lang === 'fr' && preposition === 'de' && elides ? `d'${rest}` : `${preposition} ${rest}`;
  const joined = article.endsWith("'") ? `${article}${rest}` : `${article} ${rest}`;
  const fused = FUSED[lang][`${preposition} ${article}`];
  return fused ? `${fused} ${rest}` : `${preposition} ${joined}`;
}

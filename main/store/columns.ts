import { LANGUAGES, type Language, type Localized } from '../../shared/domain/languages';

type Suffix = 'En' | 'Es' | 'Fr' | 'Pt';
export type LocalizedColumns<P extends string> = { [K in `${P}${Suffix}`]: string };

const suffix = (lang: string): Suffix => (lang.charAt(0).toUpperCase() + lang.slice(1)) as Suffix;

/**
 * `title: {en, es, fr, pt}` becomes `titleEn … titlePt`, the per-language columns of the store;
 * `encode` writes a value that is not a plain string (a rich text's JSON).
 */
export function localizedColumns<P extends string, V = string>(
  prefix: P,
  values: Readonly<Record<Language, V>>,
  encode: (value: V) => string = String,
): LocalizedColumns<P> {
  return Object.fromEntries(
    LANGUAGES.map((lang) => [`${prefix}${suffix(lang)}`, encode(values[lang])]),
  ) as LocalizedColumns<P>;
}

export function localizedFromColumns(prefix: string, row: Record<string, unknown>): Localized;
export function localizedFromColumns<V>(
  prefix: string,
  row: Record<string, unknown>,
  decode: (text: string) => V,
): Record<Language, V>;
export function localizedFromColumns(
  prefix: string,
  row: Record<string, unknown>,
  decode: (text: string) => unknown = (text) => text,
): Record<Language, unknown> {
  return Object.fromEntries(
    LANGUAGES.map((lang) => [lang, decode(String(row[`${prefix}${suffix(lang)}`] ?? ''))]),
  ) as Record<Language, unknown>;
}

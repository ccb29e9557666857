import { LANGUAGES, type Localized } from '../../shared/domain/languages';

type Suffix = 'En' | 'Es' | 'Fr' | 'Pt';
export type LocalizedColumns<P extends string> = { [K in `${P}${Suffix}`]: string };

const suffix = (lang: string): Suffix => (lang.charAt(0).toUpperCase() + lang.slice(1)) as Suffix;

/** `title: {en, es, fr, pt}` becomes `titleEn … titlePt`, the per-language columns of the store. */
export function localizedColumns<P extends string>(prefix: P, text: Localized): LocalizedColumns<P> {
  return Object.fromEntries(LANGUAGES.map((lang) => [`${prefix}${suffix(lang)}`, text[lang]])) as LocalizedColumns<P>;
}

export function localizedFromColumns(prefix: string, row: Record<string, unknown>): Localized {
  return Object.fromEntries(
    LANGUAGES.map((lang) => [lang, String(row[`${prefix}${suffix(lang)}`] ?? '')]),
  ) as Localized;
}

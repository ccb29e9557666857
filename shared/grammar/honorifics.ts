import type { Language } from '../domain/languages';
import type { Gender } from '../registry/state-name-grammar';
import { withPreposition } from './contractions';

/**
 * Honorifics per language. A person's honorific is one free text field (shared/domain/person.ts), typed
 * in whatever language the Secretariat works in; it is read here in any of the four, so "Ms.", "Sra.",
 * "Mme" and "Senhora" are one title, and printed in the export's language. A title whose form depends on
 * gender needs the gender: "Embajadora", "Ambassadrice" or "Embaixadora" give it, and so does a courtesy
 * title beside it ("Ambassador Ms."). Anything not recognized is printed as typed, never guessed.
 */
type Title = 'mr' | 'ms' | 'ambassador';

/** A title's form per language and gender, and the article it takes in a sentence ('' for none). */
const FORMS: Record<Title, Record<Language, Record<Gender, { form: string; article: string }>>> = {
  mr: {
    en: { masculine: { form: 'Mr.', article: '' }, feminine: { form: 'Mr.', article: '' } },
    es: { masculine: { form: 'Sr.', article: 'el' }, feminine: { form: 'Sr.', article: 'el' } },
    fr: { masculine: { form: 'M.', article: '' }, feminine: { form: 'M.', article: '' } },
    pt: { masculine: { form: 'Sr.', article: 'o' }, feminine: { form: 'Sr.', article: 'o' } },
  },
  ms: {
    en: { masculine: { form: 'Ms.', article: '' }, feminine: { form: 'Ms.', article: '' } },
    es: { masculine: { form: 'Sra.', article: 'la' }, feminine: { form: 'Sra.', article: 'la' } },
    fr: { masculine: { form: 'Mme', article: '' }, feminine: { form: 'Mme', article: '' } },
    pt: { masculine: { form: 'Sra.', article: 'a' }, feminine: { form: 'Sra.', article: 'a' } },
  },
  ambassador: {
    en: { masculine: { form: 'Ambassador', article: '' }, feminine: { form: 'Ambassador', article: '' } },
    es: { masculine: { form: 'Embajador', article: 'el' }, feminine: { form: 'Embajadora', article: 'la' } },
    fr: { masculine: { form: 'Ambassadeur', article: "l'" }, feminine: { form: 'Ambassadrice', article: "l'" } },
    pt: { masculine: { form: 'Embaixador', article: 'o' }, feminine: { form: 'Embaixadora', article: 'a' } },
  },
};

/** Each word an honorific may hold, folded (lower case, no final period), with what it says. */
const WORDS: Readonly<Record<string, { title: Title; gender: Gender | null }>> = {
  mr: { title: 'mr', gender: 'masculine' },
  sr: { title: 'mr', gender: 'masculine' },
  m: { title: 'mr', gender: 'masculine' },
  señor: { title: 'mr', gender: 'masculine' },
  senhor: { title: 'mr', gender: 'masculine' },
  monsieur: { title: 'mr', gender: 'masculine' },
  ms: { title: 'ms', gender: 'feminine' },
  mrs: { title: 'ms', gender: 'feminine' },
  miss: { title: 'ms', gender: 'feminine' },
  sra: { title: 'ms', gender: 'feminine' },
  srta: { title: 'ms', gender: 'feminine' },
  mme: { title: 'ms', gender: 'feminine' },
  madame: { title: 'ms', gender: 'feminine' },
  señora: { title: 'ms', gender: 'feminine' },
  senhora: { title: 'ms', gender: 'feminine' },
  ambassador: { title: 'ambassador', gender: null },
  embajador: { title: 'ambassador', gender: 'masculine' },
  embajadora: { title: 'ambassador', gender: 'feminine' },
  ambassadeur: { title: 'ambassador', gender: 'masculine' },
  ambassadrice: { title: 'ambassador', gender: 'feminine' },
  embaixador: { title: 'ambassador', gender: 'masculine' },
  embaixadora: { title: 'ambassador', gender: 'feminine' },
};

export interface ReadHonorific {
  title: Title;
  gender: Gender;
}

/** What an honorific says, or null when it holds a word not known or a title without its gender. */
export function readHonorific(honorific: string): ReadHonorific | null {
  const words = honorific.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const read = words.map((w) => WORDS[w.toLocaleLowerCase().replace(/\.$/, '')]);
  if (read.some((r) => r === undefined)) return null;
  const known = read as { title: Title; gender: Gender | null }[];
  const title = known.some((r) => r.title === 'ambassador') ? 'ambassador' : known[0]!.title;
  const gender = known.find((r) => r.gender !== null)?.gender;
  return gender ? { title, gender } : null;
}

const TO: Record<Language, string> = { en: 'to', es: 'a', fr: 'à', pt: 'a' };

/**
 * "to" + a person as the chair names them in `lang`, from the honorific as typed and the name, with the
 * article and contraction the language needs: "to Ms. …", "al Sr. …", "à l'Ambassadrice …", "ao Sr. …".
 */
export function toPerson(honorific: string, name: string, lang: Language): string {
  const read = readHonorific(honorific);
  if (!read) return [TO[lang], honorific.trim(), name].filter(Boolean).join(' ');
  const { form, article } = FORMS[read.title][lang][read.gender];
  return withPreposition(lang, TO[lang], article, `${form} ${name}`);
}

/** The honorific alone in `lang` ("Embajadora" → "Ambassadrice"), or as typed when it is not recognized. */
export function honorificIn(honorific: string, lang: Language): string {
  const read = readHonorific(honorific);
  return read ? FORMS[read.title][lang][read.gender].form : honorific.trim();
}

/**
 * How the 35 member states' short names (shared/registry/reference-organizations.ts, same ISO codes)
 * behave in a sentence, per official language: gender, number, the article the name takes in running
 * text (or none), and in French whether "de" and "le/la" elide before it. The chair's script builds
 * "la délégation du Mexique", "a Delegação do México", "la Delegación de El Salvador" from this.
 *
 * Sources, and what could be checked when this file was written (December 2026, offline tools):
 * - French and Spanish: the UN Multilingual Terminology Database (UNTERM, unterm.un.org), country
 *   names, short form with its article; the UN editorial manual (dd.dgacm.org/editorialmanual, "Country
 *   names") names UNTERM as the authority, and the UNGEGN List of Country Names (UNGEGN working paper 54,
 *   2011) reprints its short names. Neither UNTERM nor that list's tables could be read from here: the
 *   French and Spanish entries are the forms UNTERM is known to give, NOT checked against it for this
 *   file. Canada's Termium (FR) was not reachable either.
 * - Spanish practice (the project's handbook, domain.md): OAS Spanish leaves out the UN's optional
 *   articles ("de Brasil", not "del Brasil"); they are kept here as `unArticle` for a Secretariat that
 *   wants them. The article of El Salvador is part of the name and never contracts ("de El Salvador").
 *   Estados Unidos and República Dominicana keep theirs ("de los Estados Unidos", "de la República
 *   Dominicana") as OAS minutes usually write them; no OAS minutes could be read here to confirm it.
 * - Portuguese: the Brazilian foreign ministry's toponym table (FUNAG, Manual de Redação, "Topônimos
 *   e gentílicos", funag.gov.br/manual). Only its entries for the Bahamas ("(as) Bahamas"), Barbados,
 *   Belize, Bolívia and Brasil could be read here; the others follow the Manual de Redação Oficial e
 *   Diplomática do Itamaraty's usage as known to the authors and are marked `checked: false`.
 *
 * English needs the article only where the name takes one ("the United States"); "The Bahamas"
 * carries its own, capitalized, as the Bahamas and the OAS write it.
 */
import type { Language } from '../domain/languages';

export type Gender = 'masculine' | 'feminine';
export type GrammaticalNumber = 'singular' | 'plural';

export interface NameGrammar {
  /** Null in English, which has no grammatical gender for country names. */
  gender: Gender | null;
  number: GrammaticalNumber;
  /**
   * The article the name takes in running text, as printed before it: 'le', 'la', 'les', "l'", 'o', 'a',
   * 'os', 'as', 'los', 'la', 'the'; '' where the name takes none (de Cuba, de Barbados, de México).
   */
  article: string;
  /** French: the name begins with a vowel sound, so "de" becomes "d'" (d'Haïti) and le/la become l'. */
  elides?: boolean;
  /** Spanish: the UN's optional article, which OAS Spanish leaves out ("el Brasil"). */
  unArticle?: string;
  /** Portuguese: false where the entry could not be read in FUNAG's table (French and Spanish: see above). */
  checked?: false;
  note?: string;
}

export type StateNameGrammar = Record<Language, NameGrammar>;

const M: Gender = 'masculine';
const F: Gender = 'feminine';
const SG: GrammaticalNumber = 'singular';
const PL: GrammaticalNumber = 'plural';

const en = (article = '', number: GrammaticalNumber = SG): NameGrammar => ({ gender: null, number, article });
const es = (gender: Gender, unArticle?: string, number: GrammaticalNumber = SG): NameGrammar => ({
  gender,
  number,
  article: '',
  ...(unArticle ? { unArticle } : {}),
});
const fr = (
  gender: Gender,
  article: string,
  number: GrammaticalNumber = SG,
  elides = article === "l'",
): NameGrammar => ({
  gender,
  number,
  article,
  ...(elides ? { elides } : {}),
});
const pt = (gender: Gender, article: string, number: GrammaticalNumber = SG, checked = false): NameGrammar => ({
  gender,
  number,
  article,
  ...(checked ? {} : { checked: false as const }),
});

/** Keyed by the ISO 3166-1 alpha-3 codes of reference-organizations.ts. */
export const STATE_NAME_GRAMMAR: Readonly<Record<string, StateNameGrammar>> = {
  ATG: { en: en(), es: es(F), fr: fr(F, '', SG, true), pt: pt(F, '') },
  ARG: { en: en(), es: es(F, 'la'), fr: fr(F, "l'"), pt: pt(F, 'a') },
  BHS: {
    en: { ...en('', PL), note: 'The article is part of the name as the Bahamas writes it: "The Bahamas".' },
    es: es(F, 'las', PL),
    fr: fr(F, 'les', PL),
    // FUNAG lists "(as) Bahamas": the article is optional; it is used here ("das Bahamas").
    pt: pt(F, 'as', PL, true),
  },
  BRB: { en: en(), es: es(M), fr: fr(F, 'la'), pt: pt(M, '', SG, true) },
  BLZ: { en: en(), es: es(M), fr: fr(M, 'le'), pt: pt(M, '', SG, true) },
  BOL: { en: en(), es: es(F), fr: fr(F, 'la'), pt: pt(F, 'a', SG, true) },
  BRA: { en: en(), es: es(M, 'el'), fr: fr(M, 'le'), pt: pt(M, 'o', SG, true) },
  CAN: { en: en(), es: es(M, 'el'), fr: fr(M, 'le'), pt: pt(M, 'o') },
  CHL: { en: en(), es: es(M), fr: fr(M, 'le'), pt: pt(M, 'o') },
  COL: { en: en(), es: es(F), fr: fr(F, 'la'), pt: pt(F, 'a') },
  CRI: { en: en(), es: es(F), fr: fr(M, 'le'), pt: pt(F, 'a') },
  CUB: { en: en(), es: es(F), fr: fr(F, ''), pt: pt(F, '') },
  DMA: {
    en: en(),
    es: es(F),
    fr: fr(F, 'la'),
    pt: { ...pt(F, ''), note: 'Island names take no article in Portuguese (de Dominica, de Granada, de Cuba).' },
  },
  DOM: {
    en: en('the'),
    es: { ...es(F), article: 'la', note: 'OAS Spanish keeps this article: "de la República Dominicana".' },
    fr: fr(F, 'la'),
    pt: pt(F, 'a'),
  },
  ECU: { en: en(), es: es(M, 'el'), fr: fr(M, "l'"), pt: pt(M, 'o') },
  SLV: {
    en: en(),
    es: { ...es(M), note: 'The article is part of the name and never contracts: "de El Salvador".' },
    fr: { ...fr(M, '', SG, true), note: 'The UN writes "El Salvador" in French too: "d\'El Salvador".' },
    pt: pt(M, ''),
  },
  GRD: { en: en(), es: es(F), fr: fr(F, 'la'), pt: pt(F, '') },
  GTM: { en: en(), es: es(F), fr: fr(M, 'le'), pt: pt(F, 'a') },
  GUY: { en: en(), es: es(F), fr: fr(M, 'le'), pt: pt(F, 'a') },
  HTI: {
    en: en(),
    es: es(M),
    fr: { ...fr(M, '', SG, true), note: 'No article, and the h is mute: "d\'Haïti".' },
    pt: pt(M, 'o'),
  },
  HND: {
    en: en(),
    es: es(F),
    fr: { ...fr(M, 'le'), note: 'The h is aspirated: "du Honduras", never "de l\'Honduras".' },
    pt: pt(F, ''),
  },
  JAM: { en: en(), es: es(F), fr: fr(F, 'la'), pt: pt(F, 'a') },
  MEX: { en: en(), es: es(M), fr: fr(M, 'le'), pt: pt(M, 'o') },
  NIC: { en: en(), es: es(F), fr: fr(M, 'le'), pt: pt(F, 'a') },
  PAN: { en: en(), es: es(M), fr: fr(M, 'le'), pt: pt(M, 'o') },
  PRY: { en: en(), es: es(M, 'el'), fr: fr(M, 'le'), pt: pt(M, 'o') },
  PER: { en: en(), es: es(M, 'el'), fr: fr(M, 'le'), pt: pt(M, 'o') },
  KNA: { en: en(), es: es(M), fr: fr(M, ''), pt: pt(M, '') },
  LCA: { en: en(), es: es(F), fr: fr(F, ''), pt: pt(F, '') },
  VCT: { en: en(), es: es(M), fr: fr(M, ''), pt: pt(M, '') },
  SUR: { en: en(), es: es(M), fr: fr(M, 'le'), pt: pt(M, 'o') },
  TTO: {
    en: en(),
    es: es(M),
    fr: { ...fr(F, 'la'), note: 'UNTERM: "la Trinité-et-Tobago".' },
    pt: pt(M, ''),
  },
  USA: {
    en: en('the', PL),
    es: { ...es(M, 'los', PL), article: 'los', note: 'OAS Spanish keeps this article: "de los Estados Unidos".' },
    fr: fr(M, 'les', PL),
    pt: pt(M, 'os', PL),
  },
  URY: { en: en(), es: es(M, 'el'), fr: fr(M, "l'"), pt: pt(M, 'o') },
  VEN: { en: en(), es: es(F), fr: fr(M, 'le'), pt: pt(F, 'a') },
};

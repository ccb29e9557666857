import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../domain/languages';
import { createI18n } from '../i18n';
import { REFERENCE_ORGANIZATIONS } from '../registry/reference-organizations';
import { STATE_NAME_GRAMMAR } from '../registry/state-name-grammar';
import { honorificIn, readHonorific, toPerson } from './honorifics';
import { ofState } from './of-state';

/** "The delegation of X" for every member state, as the chair's script prints it, per language. */
const EXPECTED: Record<string, Record<Language, string>> = {
  ATG: {
    en: 'the Delegation of Antigua and Barbuda',
    es: 'la Delegación de Antigua y Barbuda',
    fr: "la délégation d'Antigua-et-Barbuda",
    pt: 'a Delegação de Antígua e Barbuda',
  },
  ARG: {
    en: 'the Delegation of Argentina',
    es: 'la Delegación de Argentina',
    fr: "la délégation de l'Argentine",
    pt: 'a Delegação da Argentina',
  },
  BHS: {
    en: 'the Delegation of The Bahamas',
    es: 'la Delegación de Bahamas',
    fr: 'la délégation des Bahamas',
    pt: 'a Delegação das Bahamas',
  },
  BRB: {
    en: 'the Delegation of Barbados',
    es: 'la Delegación de Barbados',
    fr: 'la délégation de la Barbade',
    pt: 'a Delegação de Barbados',
  },
  BLZ: {
    en: 'the Delegation of Belize',
    es: 'la Delegación de Belize',
    fr: 'la délégation du Belize',
    pt: 'a Delegação de Belize',
  },
  BOL: {
    en: 'the Delegation of Bolivia',
    es: 'la Delegación de Bolivia',
    fr: 'la délégation de la Bolivie',
    pt: 'a Delegação da Bolívia',
  },
  BRA: {
    en: 'the Delegation of Brazil',
    es: 'la Delegación de Brasil',
    fr: 'la délégation du Brésil',
    pt: 'a Delegação do Brasil',
  },
  CAN: {
    en: 'the Delegation of Canada',
    es: 'la Delegación de Canadá',
    fr: 'la délégation du Canada',
    pt: 'a Delegação do Canadá',
  },
  CHL: {
    en: 'the Delegation of Chile',
    es: 'la Delegación de Chile',
    fr: 'la délégation du Chili',
    pt: 'a Delegação do Chile',
  },
  COL: {
    en: 'the Delegation of Colombia',
    es: 'la Delegación de Colombia',
    fr: 'la délégation de la Colombie',
    pt: 'a Delegação da Colômbia',
  },
  CRI: {
    en: 'the Delegation of Costa Rica',
    es: 'la Delegación de Costa Rica',
    fr: 'la délégation du Costa Rica',
    pt: 'a Delegação da Costa Rica',
  },
  CUB: {
    en: 'the Delegation of Cuba',
    es: 'la Delegación de Cuba',
    fr: 'la délégation de Cuba',
    pt: 'a Delegação de Cuba',
  },
  DMA: {
    en: 'the Delegation of Dominica',
    es: 'la Delegación de Dominica',
    fr: 'la délégation de la Dominique',
    pt: 'a Delegação de Dominica',
  },
  DOM: {
    en: 'the Delegation of the Dominican Republic',
    es: 'la Delegación de la República Dominicana',
    fr: 'la délégation de la République dominicaine',
    pt: 'a Delegação da República Dominicana',
  },
  ECU: {
    en: 'the Delegation of Ecuador',
    es: 'la Delegación de Ecuador',
    fr: "la délégation de l'Équateur",
    pt: 'a Delegação do Equador',
  },
  SLV: {
    en: 'the Delegation of El Salvador',
    es: 'la Delegación de El Salvador',
    fr: "la délégation d'El Salvador",
    pt: 'a Delegação de El Salvador',
  },
  GRD: {
    en: 'the Delegation of Grenada',
    es: 'la Delegación de Grenada',
    fr: 'la délégation de la Grenade',
    pt: 'a Delegação de Granada',
  },
  GTM: {
    en: 'the Delegation of Guatemala',
    es: 'la Delegación de Guatemala',
    fr: 'la délégation du Guatemala',
    pt: 'a Delegação da Guatemala',
  },
  GUY: {
    en: 'the Delegation of Guyana',
    es: 'la Delegación de Guyana',
    fr: 'la délégation du Guyana',
    pt: 'a Delegação da Guiana',
  },
  HTI: {
    en: 'the Delegation of Haiti',
    es: 'la Delegación de Haití',
    fr: "la délégation d'Haïti",
    pt: 'a Delegação do Haiti',
  },
  HND: {
    en: 'the Delegation of Honduras',
    es: 'la Delegación de Honduras',
    fr: 'la délégation du Honduras',
    pt: 'a Delegação de Honduras',
  },
  JAM: {
    en: 'the Delegation of Jamaica',
    es: 'la Delegación de Jamaica',
    fr: 'la délégation de la Jamaïque',
    pt: 'a Delegação da Jamaica',
  },
  MEX: {
    en: 'the Delegation of Mexico',
    es: 'la Delegación de México',
    fr: 'la délégation du Mexique',
    pt: 'a Delegação do México',
  },
  NIC: {
    en: 'the Delegation of Nicaragua',
    es: 'la Delegación de Nicaragua',
    fr: 'la délégation du Nicaragua',
    pt: 'a Delegação da Nicarágua',
  },
  PAN: {
    en: 'the Delegation of Panama',
    es: 'la Delegación de Panamá',
    fr: 'la délégation du Panama',
    pt: 'a Delegação do Panamá',
  },
  PRY: {
    en: 'the Delegation of Paraguay',
    es: 'la Delegación de Paraguay',
    fr: 'la délégation du Paraguay',
    pt: 'a Delegação do Paraguai',
  },
  PER: {
    en: 'the Delegation of Peru',
    es: 'la Delegación de Perú',
    fr: 'la délégation du Pérou',
    pt: 'a Delegação do Peru',
  },
  KNA: {
    en: 'the Delegation of Saint Kitts and Nevis',
    es: 'la Delegación de Saint Kitts y Nevis',
    fr: 'la délégation de Saint-Kitts-et-Nevis',
    pt: 'a Delegação de São Cristóvão e Névis',
  },
  LCA: {
    en: 'the Delegation of Saint Lucia',
    es: 'la Delegación de Santa Lucía',
    fr: 'la délégation de Sainte-Lucie',
    pt: 'a Delegação de Santa Lúcia',
  },
  VCT: {
    en: 'the Delegation of Saint Vincent and the Grenadines',
    es: 'la Delegación de San Vicente y las Granadinas',
    fr: 'la délégation de Saint-Vincent-et-les-Grenadines',
    pt: 'a Delegação de São Vicente e Granadinas',
  },
  SUR: {
    en: 'the Delegation of Suriname',
    es: 'la Delegación de Suriname',
    fr: 'la délégation du Suriname',
    pt: 'a Delegação do Suriname',
  },
  TTO: {
    en: 'the Delegation of Trinidad and Tobago',
    es: 'la Delegación de Trinidad y Tobago',
    fr: 'la délégation de la Trinité-et-Tobago',
    pt: 'a Delegação de Trinidad e Tobago',
  },
  USA: {
    en: 'the Delegation of the United States',
    es: 'la Delegación de los Estados Unidos',
    fr: 'la délégation des États-Unis',
    pt: 'a Delegação dos Estados Unidos',
  },
  URY: {
    en: 'the Delegation of Uruguay',
    es: 'la Delegación de Uruguay',
    fr: "la délégation de l'Uruguay",
    pt: 'a Delegação do Uruguai',
  },
  VEN: {
    en: 'the Delegation of Venezuela',
    es: 'la Delegación de Venezuela',
    fr: 'la délégation du Venezuela',
    pt: 'a Delegação da Venezuela',
  },
};

const states = REFERENCE_ORGANIZATIONS.filter((o) => o.kind === 'member_state');

describe('member state name grammar', () => {
  it('covers exactly the 35 member states, in all four languages', () => {
    expect(Object.keys(STATE_NAME_GRAMMAR).sort()).toEqual(states.map((s) => s.code).sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(states.map((s) => s.code).sort());
    for (const s of states) {
      for (const lang of LANGUAGES) {
        const g = STATE_NAME_GRAMMAR[s.code]![lang];
        expect(['singular', 'plural'], `${s.code} ${lang}`).toContain(g.number);
        if (lang === 'en') expect(g.gender).toBeNull();
        else expect(['masculine', 'feminine'], `${s.code} ${lang}`).toContain(g.gender);
        // an elided article is written before a vowel sound, and only there
        if (g.article === "l'") expect(g.elides, `${s.code} ${lang}`).toBe(true);
      }
    }
  });

  it('makes "the delegation of X" exactly as expected for all 35 × 4', () => {
    for (const lang of LANGUAGES) {
      const t = createI18n(lang).t;
      for (const s of states) {
        const phrase = t('document:chairsScript.delegation', { of: ofState(s.code, s.name[lang], lang) });
        expect(phrase, `${s.code} ${lang}`).toBe(EXPECTED[s.code]![lang]);
      }
    }
  });

  it('gives a state it does not know the bare preposition', () => {
    expect(ofState(null, 'Ruritania', 'fr')).toBe('de Ruritania');
    expect(ofState('XXX', 'Ruritânia', 'pt')).toBe('de Ruritânia');
  });
});

describe('honorifics', () => {
  it('reads an honorific typed in any of the four languages', () => {
    expect(readHonorific('Ms.')).toEqual({ title: 'ms', gender: 'feminine' });
    expect(readHonorific('Sra.')).toEqual({ title: 'ms', gender: 'feminine' });
    expect(readHonorific('M.')).toEqual({ title: 'mr', gender: 'masculine' });
    expect(readHonorific('Embajadora')).toEqual({ title: 'ambassador', gender: 'feminine' });
    expect(readHonorific('Ambassador Ms.')).toEqual({ title: 'ambassador', gender: 'feminine' });
    // a title without its gender, or a word not known, is not guessed
    expect(readHonorific('Ambassador')).toBeNull();
    expect(readHonorific('Dr.')).toBeNull();
    expect(readHonorific('')).toBeNull();
  });

  it('prints the honorific alone in each language, or as typed when not recognized', () => {
    const forms = (h: string) => LANGUAGES.map((l) => honorificIn(h, l));
    expect(forms('Mr.')).toEqual(['Mr.', 'Sr.', 'M.', 'Sr.']);
    expect(forms('Mme')).toEqual(['Ms.', 'Sra.', 'Mme', 'Sra.']);
    expect(forms('Embajadora')).toEqual(['Ambassador', 'Embajadora', 'Ambassadrice', 'Embaixadora']);
    expect(forms('Dr.')).toEqual(['Dr.', 'Dr.', 'Dr.', 'Dr.']);
  });

  it('prints Mr./Sr./M./Sr., Ms./Sra./Mme/Sra. and the ambassador forms, with the article and contraction each language needs', () => {
    const to = (h: string, lang: Language) => toPerson(h, 'Ana Herrera', lang);
    expect(LANGUAGES.map((l) => to('Ms.', l))).toEqual([
      'to Ms. Ana Herrera',
      'a la Sra. Ana Herrera',
      'à Mme Ana Herrera',
      'à Sra. Ana Herrera',
    ]);
    expect(LANGUAGES.map((l) => to('Mr.', l))).toEqual([
      'to Mr. Ana Herrera',
      'al Sr. Ana Herrera',
      'à M. Ana Herrera',
      'ao Sr. Ana Herrera',
    ]);
    expect(LANGUAGES.map((l) => to('Embajadora', l))).toEqual([
      'to Ambassador Ana Herrera',
      'a la Embajadora Ana Herrera',
      "à l'Ambassadrice Ana Herrera",
      'à Embaixadora Ana Herrera',
    ]);
    expect(LANGUAGES.map((l) => to('Ambassadeur', l))).toEqual([
      'to Ambassador Ana Herrera',
      'al Embajador Ana Herrera',
      "à l'Ambassadeur Ana Herrera",
      'ao Embaixador Ana Herrera',
    ]);
    expect(to('Dr.', 'pt')).toBe('a Dr. Ana Herrera');
  });
});

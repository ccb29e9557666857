import { describe, it, expect } from 'vitest';
import { LANGUAGES, LocalizedSchema } from '../domain/languages';
import { ORGANIZATION_KINDS } from '../domain/organization';
import { REFERENCE_BODY, REFERENCE_DATA_VERSION, REFERENCE_ORGANIZATIONS } from './reference-organizations';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('reference organizations', () => {
  it('has a positive integer data version', () => {
    expect(Number.isInteger(REFERENCE_DATA_VERSION)).toBe(true);
    expect(REFERENCE_DATA_VERSION).toBeGreaterThan(0);
  });

  it('holds exactly the 35 OAS member states', () => {
    const states = REFERENCE_ORGANIZATIONS.filter((o) => o.kind === 'member_state');
    expect(states).toHaveLength(35);
    for (const s of states) {
      expect(s.code, s.name.en).toMatch(/^[A-Z]{3}$/);
      for (const lang of LANGUAGES) expect(s.acronym[lang]).toBe('');
    }
  });

  it('writes every name in all four languages, trimmed and valid', () => {
    for (const o of [...REFERENCE_ORGANIZATIONS, REFERENCE_BODY]) {
      expect(LocalizedSchema.safeParse(o.name).success).toBe(true);
      for (const lang of LANGUAGES) {
        const name = o.name[lang];
        expect(name.trim(), `${o.code} ${lang}`).not.toBe('');
        expect(name, `${o.code} ${lang}`).toBe(name.trim());
      }
    }
    for (const lang of LANGUAGES) expect(REFERENCE_BODY.parentName[lang].trim()).not.toBe('');
  });

  it('uses unique, valid UUID v4 ids and unique codes', () => {
    const all = [...REFERENCE_ORGANIZATIONS, REFERENCE_BODY];
    const ids = all.map((o) => o.id);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = all.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses only known organization kinds', () => {
    for (const o of REFERENCE_ORGANIZATIONS) expect(ORGANIZATION_KINDS).toContain(o.kind);
  });

  it('includes the mechanisms and organizations of the concept paper', () => {
    const byCode = new Map(REFERENCE_ORGANIZATIONS.map((o) => [o.code, o]));
    const expected: Record<string, string> = {
      RCM: 'mechanism',
      CSM: 'mechanism',
      QUITO: 'mechanism',
      MIRPS: 'mechanism',
      MERCOSUR_FEM: 'mechanism',
      FIBEMYD: 'mechanism',
      RIAM: 'mechanism',
      OCAM: 'mechanism',
      IOM: 'international_organization',
      UNHCR: 'international_organization',
      OAS_SG: 'secretariat',
    };
    for (const [code, kind] of Object.entries(expected)) {
      expect(byCode.get(code)?.kind, code).toBe(kind);
    }
    expect(byCode.get('IOM')?.acronym).toEqual({ en: 'IOM', es: 'OIM', fr: 'OIM', pt: 'OIM' });
    expect(byCode.get('UNHCR')?.acronym).toEqual({ en: 'UNHCR', es: 'ACNUR', fr: 'HCR', pt: 'ACNUR' });
  });

  it('spells a few names exactly as the OAS does', () => {
    const name = (code: string) => REFERENCE_ORGANIZATIONS.find((o) => o.code === code)?.name;
    expect(name('USA')).toEqual({ en: 'United States', es: 'Estados Unidos', fr: 'États-Unis', pt: 'Estados Unidos' });
    expect(name('VCT')).toEqual({
      en: 'Saint Vincent and the Grenadines',
      es: 'San Vicente y las Granadinas',
      fr: 'Saint-Vincent-et-les-Grenadines',
      pt: 'São Vicente e Granadinas',
    });
    expect(name('HTI')).toEqual({ en: 'Haiti', es: 'Haití', fr: 'Haïti', pt: 'Haiti' });
    expect(name('BHS')?.en).toBe('The Bahamas');
  });

  it('describes the CAM', () => {
    expect(REFERENCE_BODY.code).toBe('CAM');
    expect(REFERENCE_BODY.name.en).toBe('Committee on Migration Affairs');
    expect(REFERENCE_BODY.name.es).toBe('Comisión de Asuntos Migratorios');
    expect(REFERENCE_BODY.symbolPattern).toBe('CP/CAM-{n}/{yy}');
  });
});

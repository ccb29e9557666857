import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../api/errors';
import { LANGUAGES } from '../domain/languages';
import { formatHeaderDate, formatLongDate } from '../dates/format-date';
import { createI18n } from './create-i18n';
import { enumLabelKey, LABELLED_ENUMS, languageNameKey, type EnumName } from './enum-labels';
import { NAMESPACES, resources } from './resources';

/** Every leaf of a message tree, as [dotted key, text]. */
function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES)('namespace %s', (ns) => {
  const reference = leaves(resources.en[ns]);

  it.each(LANGUAGES)('%s has exactly the keys of English', (lang) => {
    expect(
      leaves(resources[lang][ns])
        .map(([key]) => key)
        .sort(),
    ).toEqual(reference.map(([key]) => key).sort());
  });

  it.each(LANGUAGES)('%s has only non-empty strings', (lang) => {
    for (const [key, text] of leaves(resources[lang][ns])) {
      expect(typeof text, `${lang} ${ns}:${key}`).toBe('string');
      expect((text as string).trim(), `${lang} ${ns}:${key}`).not.toBe('');
    }
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English in every message', (lang) => {
    const texts = new Map(leaves(resources[lang][ns]));
    for (const [key, english] of reference) {
      expect(placeholders(String(texts.get(key))), `${lang} ${ns}:${key}`).toEqual(placeholders(String(english)));
    }
  });
});

describe.each(LANGUAGES)('labels in %s', (lang) => {
  const i18n = createI18n(lang);
  const has = (key: string) => i18n.exists(key, { lng: lang, fallbackLng: false });

  it('has a message for every error code', () => {
    for (const code of ERROR_CODES) expect(has(`ui:errors.${code}`), code).toBe(true);
  });

  it('has a label for every value of every enum', () => {
    for (const name of Object.keys(LABELLED_ENUMS) as EnumName[]) {
      for (const value of LABELLED_ENUMS[name]) {
        expect(has(`ui:${enumLabelKey(name, value as never)}`), `${name}.${value}`).toBe(true);
      }
    }
  });

  it('names every language, capitalized in English only', () => {
    for (const named of LANGUAGES) {
      for (const key of [`ui:${languageNameKey(named)}`, `document:languageNames.${named}`]) {
        expect(has(key), key).toBe(true);
        const name = i18n.t(key);
        const initial = name.charAt(0);
        expect(initial, `${lang} ${key}: ${name}`).toBe(lang === 'en' ? initial.toUpperCase() : initial.toLowerCase());
      }
    }
  });
});

describe('document boilerplate', () => {
  const originalSpanish = {
    en: 'Original: Spanish',
    es: 'Original: español',
    fr: 'Original: espagnol',
    pt: 'Original: espanhol',
  };

  it.each(LANGUAGES)('writes the "Original:" line in %s as the OAS does', (lang) => {
    const { t } = createI18n(lang);
    expect(t('document:original', { language: t('document:languageNames.es') })).toBe(originalSpanish[lang]);
  });

  it('writes the authorship line of the concept paper', () => {
    expect(createI18n('en').t('document:preparedBy', { body: 'CAM' })).toBe(
      'Prepared by the Chair of the CAM with the support of the Technical Secretariat',
    );
    expect(createI18n('es').t('document:preparedBy', { body: 'CAM' })).toBe(
      'Preparado por la Presidencia de la CAM con el apoyo de la Secretaría Técnica',
    );
  });

  it('writes the convening line, with the masculine article when asked', () => {
    const es = createI18n('es');
    const values = { date: formatLongDate('2023-05-09', 'es'), time: '10:00', place: 'Salón Simón Bolívar' };
    expect(es.t('document:convening', { ...values, body: 'Comisión de Asuntos Migratorios' })).toBe(
      'Reunión de la Comisión de Asuntos Migratorios, 9 de mayo de 2023, 10:00, Salón Simón Bolívar',
    );
    expect(es.t('document:convening', { ...values, body: 'Consejo Permanente', context: 'masculine' })).toBe(
      'Reunión del Consejo Permanente, 9 de mayo de 2023, 10:00, Salón Simón Bolívar',
    );
  });

  it('gives the header labels in every language', () => {
    const labels = LANGUAGES.map((lang) => {
      const { t } = createI18n(lang);
      return [t('document:date'), t('document:time'), t('document:place'), formatHeaderDate('2023-05-09', lang)];
    });
    expect(labels).toEqual([
      ['Date', 'Time', 'Place', '9 May 2023'],
      ['Fecha', 'Hora', 'Lugar', '9 mayo 2023'],
      ['Date', 'Heure', 'Lieu', '9 mai 2023'],
      ['Data', 'Hora', 'Local', '9 maio 2023'],
    ]);
  });
});

describe('createI18n', () => {
  it('answers in the asked language from the ui namespace by default', () => {
    expect(createI18n('fr').t('sessionList.title')).toBe('Sessions');
    expect(createI18n('pt').t('agenda.title')).toBe('Ordem do dia');
  });

  it('gives independent instances', () => {
    const a = createI18n('en');
    const b = createI18n('es');
    void a.changeLanguage('pt');
    expect(b.language).toBe('es');
    expect(a.t('nav.sessions')).toBe('Sessões');
  });
});

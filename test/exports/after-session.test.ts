import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../main/services/handlers';
import { openStore } from '../../main/store/open-database';
import { exportedPerLanguage, pdfText, tempDir } from './docx-tools';

/*
 * Issue 18: the held demo's session report and compilation of good practices, each in the four
 * languages, as LibreOffice prints them; then both through the CLI. The record's instants print as
 * spoken times only, so the time zone does not matter here.
 */

const LANGS = ['en', 'es', 'fr', 'pt'] as const;
type Lang = (typeof LANGS)[number];
const dir = tempDir('after-session');
const db = path.join(dir, 'held.sqlite');
let sessionId: string;
const report = {} as Record<Lang, { xml: string; pdf: string }>;
const compilation = {} as Record<Lang, { xml: string; pdf: string }>;

beforeAll(async () => {
  const store = await openStore({ file: db });
  ({ sessionId } = await store.db.transaction().execute((trx) => invoke(trx, 'demo.create', { held: true })));
  const exported = (kind: string) => (language: Lang) =>
    invoke(store.db, 'sessions.exportDocx', { sessionId, kind, language });
  Object.assign(report, await exportedPerLanguage(LANGS, tempDir('report'), exported('session_report')));
  Object.assign(compilation, await exportedPerLanguage(LANGS, tempDir('compilation'), exported('good_practices')));
  await store.db.destroy();
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The places of `names` in `text`, which must all be there and in that order. */
function expectInOrder(text: string, names: readonly string[]): void {
  const places = names.map((name) => text.indexOf(name));
  expect(
    places.every((p) => p >= 0),
    `${names.join(', ')} all in the text`,
  ).toBe(true);
  expect([...places].sort((a, b) => a - b)).toEqual(places);
}

const STATES: Record<Lang, string[]> = {
  en: ['Brazil', 'Canada', 'Colombia', 'Costa Rica', 'Mexico'],
  es: ['Brasil', 'Canadá', 'Colombia', 'Costa Rica', 'México'],
  fr: ['Brésil', 'Canada', 'Colombie', 'Costa Rica', 'Mexique'],
  pt: ['Brasil', 'Canadá', 'Colômbia', 'Costa Rica', 'México'],
};

describe('the compilation of good practices', () => {
  it('puts the States in the order of their names in each language, each practice under its question', () => {
    const heading: Record<Lang, [string, string, string]> = {
      en: ['COMPILATION OF GOOD PRACTICES', 'Guiding question 2', 'Community sponsorship of refugees'],
      es: [
        'COMPILACIÓN DE BUENAS PRÁCTICAS',
        'Pregunta orientadora 2',
        'Patrocinio comunitario de personas refugiadas',
      ],
      fr: ['RECUEIL DES BONNES PRATIQUES', 'Question d’orientation 2', 'Le parrainage communautaire des réfugiés'],
      pt: ['COMPILAÇÃO DE BOAS PRÁTICAS', 'Pergunta orientadora 2', 'Patrocínio comunitário de pessoas refugiadas'],
    };
    for (const lang of LANGS) {
      const text = pdfText(compilation[lang].pdf);
      const [title, question, canada] = heading[lang];
      expect(text).toContain(title);
      expect(text).toContain('CP/CAM-3/23');
      // each State once as a heading, on a line of its own, in the language's alphabetical order
      const lines = text.split('\n').map((l) => l.trim());
      expect(lines.filter((l) => STATES[lang].includes(l))).toEqual(STATES[lang]);
      // Canada's practice answers the second question, under Canada
      const canadaAt = lines.indexOf(STATES[lang][1]!);
      const after = lines.slice(canadaAt, canadaAt + 6).join(' ');
      expect(after).toContain(question);
      expect(after).toContain(canada);
    }
    // Costa Rica's practice was sent in writing a week later; Brazil's said on the floor, in Portuguese
    const pt = pdfText(compilation.pt.pdf);
    expect(pt).toContain('Enviada por escrito em 16 de maio de 2023.');
    expect(pt).toContain('Interiorização voluntária');
  });

  it('is a file for translators: styles, no tabs or manual breaks', () => {
    for (const lang of LANGS) {
      const xml = compilation[lang].xml;
      expect(xml).not.toMatch(/<w:tab\/>|<w:br\/>/);
      expect(xml).toContain('w:val="Heading1"');
    }
  });
});

describe('the session report', () => {
  it('says who met, when, where, under whose chair, and who was present, on its first page', () => {
    const first: Record<Lang, string[]> = {
      en: ['SESSION REPORT', 'Chair Ambassador María Fernanda Ríos Acosta', 'Member states: Brazil, Canada'],
      es: [
        'INFORME DE LA SESIÓN',
        'Presidencia Ambassador María Fernanda Ríos Acosta',
        'Estados Miembros: Brasil, Canadá',
      ],
      fr: [
        'RAPPORT DE LA SESSION',
        'Présidence Ambassador María Fernanda Ríos Acosta',
        'États membres : Brésil, Canada',
      ],
      pt: [
        'RELATÓRIO DA SESSÃO',
        'Presidência Ambassador María Fernanda Ríos Acosta',
        'Estados membros: Brasil, Canadá',
      ],
    };
    for (const lang of LANGS) {
      const text = pdfText(report[lang].pdf, { first: 1, last: 1 }).replace(/\s+/g, ' ');
      expect(text).toContain('CP/CAM-2/23');
      for (const line of first[lang]) expect(text).toContain(line);
    }
  });

  it('lists per item the documents considered, its summary and who took the floor in order with spoken time', () => {
    const text = pdfText(report.en.pdf);
    expect(text).toContain('Documents considered: CP/CAM-1/23');
    expect(text).toContain('The order of business was adopted without amendment.');
    expectInOrder(text, [
      '3. Panel',
      '1 Ms. Laura Méndez Ortiz Regional Conference on Migration 11:42',
      '4. Dialogue',
      '1 Mexico 4:44',
      '2 Colombia 5:01',
      '3 Canada 4:16',
      '4 Brazil 5:18',
      '5 Costa Rica 4:02',
      'Good practices shared',
      'Brazil: Voluntary relocation within the country (guiding question 1)',
      'Mexico: A single register of people in transit (guiding question 1)',
    ]);
    const es = pdfText(report.es.pdf);
    expect(es).toContain('Hicieron uso de la palabra, en este orden:');
    expectInOrder(es, ['Brasil: Reubicación voluntaria', 'Canadá: Patrocinio', 'México: Registro único']);
  });
});

describe('the CLI', () => {
  const run = promisify(execFile);
  const cli = (...args: string[]) =>
    run('npm', ['run', '-s', 'cli', '--', '--db', db, ...args], { cwd: process.cwd() });

  it('exports the session report and the compilation', async () => {
    for (const [what, lang] of [
      ['session-report', 'fr'],
      ['good-practices', 'es'],
    ] as const) {
      const out = path.join(dir, `${what}-${lang}.docx`);
      const { stdout } = await cli('export', what, '--session', sessionId, '--lang', lang, '--out', out);
      expect(stdout.trim()).toBe(out);
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
    const [pdf] = (await import('./docx-tools')).convertToPdf([path.join(dir, 'good-practices-es.docx')], dir);
    expect(pdfText(pdf!)).toContain('Brasil');
  }, 60_000);
});

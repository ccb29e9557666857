import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../support/temp-store';
import {
  allOf,
  compact,
  convertToPdf,
  docxParts,
  paragraphsOf,
  pdfPageCount,
  pdfText,
  tempDir,
  textOf,
} from './docx-tools';

/*
 * The demo session's order of business (Spanish), annotated agenda (French), list of speakers
 * (Portuguese) and concept paper (English), exported through the API and read back as XML and
 * as LibreOffice's PDF (all four converted in one LibreOffice run).
 */

interface Export {
  file: string;
  parts: Record<string, string>;
  pdf: string;
}

let store: TempStore;
let dir: string;
const exports: Record<string, Export> = {};

const call = <T>(name: string, input: unknown) => store.call<T>(name, input);

beforeAll(async () => {
  store = await openTempStore();
  dir = tempDir('session-exports');
  const { sessionId } = await call<{ sessionId: string }>('demo.create', {});
  const items = await call<{ id: string; kind: string }[]>('agendaItems.list', { sessionId });
  const panel = items.find((i) => i.kind === 'panel')!;
  await call('agendaItems.update', {
    id: panel.id,
    patch: { documentSymbols: ['CP/CAM-200/23', 'CP/CSH/INF.457/16'] },
  });
  await call('documents.create', {
    sessionId,
    kind: 'order_of_business',
    symbol: 'CP/OD-1588/23',
    revisionKind: 'rev',
    revisionNumber: 1,
    originalLanguage: 'es',
  });
  const [paper] = await call<{ id: string }[]>('documents.list', { sessionId });
  const files = [
    ['order_of_business', 'es'],
    ['annotated_agenda', 'fr'],
    ['list_of_speakers', 'pt'],
  ] as const;
  const written: [string, string][] = [];
  for (const [kind, language] of files) {
    const f = await call<{ fileName: string; bytes: Uint8Array }>('sessions.exportDocx', { sessionId, kind, language });
    written.push([kind, f.fileName]);
    fs.writeFileSync(path.join(dir, f.fileName), Buffer.from(f.bytes));
  }
  const f = await call<{ fileName: string; bytes: Uint8Array }>('documents.exportDocx', {
    documentId: paper!.id,
    language: 'en',
  });
  written.push(['concept_paper', f.fileName]);
  fs.writeFileSync(path.join(dir, f.fileName), Buffer.from(f.bytes));
  const pdfs = convertToPdf(
    written.map(([, name]) => path.join(dir, name)),
    dir,
  );
  for (const [index, [kind, name]] of written.entries()) {
    const file = path.join(dir, name);
    exports[kind] = { file, parts: await docxParts(file), pdf: pdfs[index]! };
  }
}, 120_000);

afterAll(async () => {
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const body = (e: Export) => {
  const xml = e.parts['word/document.xml']!;
  return xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('<w:sectPr'));
};

describe('every session export', () => {
  it('is US Letter with a header block table, the language in the default style, named styles only, no breaks or tabs', () => {
    const languages = {
      order_of_business: 'es-ES',
      annotated_agenda: 'fr-FR',
      list_of_speakers: 'pt-BR',
      concept_paper: 'en-US',
    };
    for (const [kind, e] of Object.entries(exports)) {
      const xml = e.parts['word/document.xml']!;
      expect(xml, kind).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
      expect(xml, kind).toContain('<w:titlePg/>');
      expect(body(e).startsWith('<w:body><w:tbl>'), kind).toBe(true);
      expect(/<w:tbl>.*?<\/w:tbl>/s.exec(xml)![0], kind).toContain('<w:gridCol w:w="5400"/><w:gridCol w:w="3960"/>');
      // every table has explicit widths
      expect(
        allOf(xml, /(<w:tblW [^>]*>)/g).every((w) => /w:type="dxa" w:w="\d+"/.test(w)),
        kind,
      ).toBe(true);
      expect(e.parts['word/styles.xml'], kind).toContain(
        `<w:lang w:val="${languages[kind as keyof typeof languages]}"/>`,
      );
      expect(xml, kind).not.toContain('<w:lang');
      expect(xml, kind).not.toMatch(/<w:br\b|<w:tab\/>|<w:cr\/>/);
      for (const rPr of allOf(xml, /<w:r><w:rPr>(.*?)<\/w:rPr>/g))
        expect(rPr, kind).toMatch(/^<w:rStyle w:val="[A-Za-z]+"\/>$/);
      for (const p of paragraphsOf(body(e))) expect(p, kind).not.toMatch(/<w:pPr>(?!<w:pStyle)/);
    }
  });
});

describe('the order of business (Spanish)', () => {
  it('carries the symbol, the header date, "Original: español", the convening line and Date / Time / Place', () => {
    const e = exports.order_of_business!;
    const header = /<w:tbl>.*?<\/w:tbl>/s.exec(body(e))![0];
    expect(paragraphsOf(header).map(textOf)).toEqual([
      'CONSEJO PERMANENTE DE LA ORGANIZACIÓN DE LOS ESTADOS AMERICANOS',
      'COMISIÓN DE ASUNTOS MIGRATORIOS',
      'OEA/Ser.G',
      'CP/OD-1588/23 rev. 1',
      '9 mayo 2023',
      'Original: español',
    ]);
    expect(header).toContain(
      '<w:rStyle w:val="DoNotTranslate"/></w:rPr><w:t xml:space="preserve">CP/OD-1588/23 rev. 1</w:t>',
    );
    const text = pdfText(e.pdf);
    expect(text).toContain('ORDEN DEL DÍA');
    expect(compact(text)).toContain(
      compact('Reunión de la Comisión de Asuntos Migratorios, 9 de mayo de 2023, 10:00, Simón Bolívar Room'),
    );
    expect(compact(text)).toContain(compact('Fecha 9 de mayo de 2023'));
    expect(compact(text)).toContain(compact('Hora 10:00 – 13:00'));
    expect(compact(text)).toContain(compact('Lugar Simón Bolívar Room'));
  });

  it('numbers the items, with the symbols of the documents they consider in parentheses', () => {
    const e = exports.order_of_business!;
    const items = paragraphsOf(body(e)).filter((p) => p.includes('<w:pStyle w:val="AgendaItem"/>'));
    expect(items).toHaveLength(6);
    for (const item of items) expect(item).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(textOf(items[0]!)).toBe('Palabras de apertura de la Presidencia de la Comisión');
    expect(textOf(items[2]!)).toBe(
      'Panel: los mecanismos y procesos consultivos regionales sobre migración (CP/CAM-200/23, CP/CSH/INF.457/16)',
    );
    expect(allOf(items[2]!, /<w:rStyle w:val="DoNotTranslate"\/><\/w:rPr><w:t[^>]*>([^<]*)</g)).toEqual([
      'CP/CAM-200/23',
      'CP/CSH/INF.457/16',
    ]);
    const text = compact(pdfText(e.pdf));
    expect(text).toContain(compact('1. Palabras de apertura'));
    expect(text).toContain(compact('6. Palabras de clausura'));
  });
});

describe('the annotated agenda (French)', () => {
  it('gives each item its computed times and its annotation', () => {
    const text = compact(pdfText(exports.annotated_agenda!.pdf));
    expect(text).toContain(compact('ORDRE DU JOUR ANNOTÉ'));
    expect(text).toContain(compact('Original: anglais'));
    expect(text).toContain(compact('1. Allocution d’ouverture de la présidence de la Commission 10:00 – 10:10'));
    expect(text).toContain(
      compact('3. Table ronde : les mécanismes et processus consultatifs régionaux sur la migration'),
    );
    expect(text).toContain(compact('10:15 – 11:45'));
    expect(text).toContain(compact('6. Allocution de clôture 12:50 – 13:00'));
    // the opening's annotation: "mandat" with its footnote, whose text is at the foot of the page
    expect(text).toContain(compact('La présidence rappelle le mandat1 de l’Assemblée générale'));
    expect(text).toContain(compact('1 Résolution AG/RES. 2988 (LII-O/22), paragraphe 56 du dispositif.'));
  });
});

describe('the list of speakers (Portuguese)', () => {
  it('lists each item’s speakers in order, with organization, role, allotted and computed times', () => {
    const e = exports.list_of_speakers!;
    const text = compact(pdfText(e.pdf));
    expect(text).toContain(compact('LISTA DE ORADORES'));
    expect(text).toContain(
      compact('1 Sra. Laura Méndez Ortiz Conferência Regional sobre Migração Painelista 12 minutos 10:15 – 10:27'),
    );
    expect(text).toContain(
      compact(
        '6 Sr. Jean-Marc Lefèvre Organização Internacional para as Migrações Painelista 12 minutos 11:15 – 11:27',
      ),
    );
    // honorifics in the export's language: the demo's "Embajadora" is "Embaixadora" in Portuguese
    expect(text).toContain(compact('3 Embaixadora Ana Lucía Herrera Processo de Quito'));
    // delegations in the order their requests came in
    const delegations = ['México', 'Colômbia', 'Canadá', 'Brasil', 'Costa Rica'].map((d) =>
      text.indexOf(compact(`${d} Delegação`)),
    );
    expect(delegations.every((at) => at > 0)).toBe(true);
    expect([...delegations].sort((a, b) => a - b)).toEqual(delegations);
    expect(text).toContain(compact('Costa Rica Delegação 5 minutos 12:05 – 12:10'));
    // names of people are in the do-not-translate style, honorifics are not
    expect(e.parts['word/document.xml']).toContain(
      '<w:r><w:t xml:space="preserve">Sra. </w:t></w:r><w:r><w:rPr><w:rStyle w:val="DoNotTranslate"/></w:rPr><w:t xml:space="preserve">Laura Méndez Ortiz</w:t></w:r>',
    );
    // page numbers from page two
    const pages = pdfPageCount(e.pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pdfText(e.pdf, { first: 2, last: 2 })).toMatch(/^- 2 -$/m);
    expect(pdfText(e.pdf, { first: 1, last: 1 })).not.toMatch(/^- 1 -$/m);
  });
});

describe('the demo concept paper (English)', () => {
  it('puts its guiding questions, numbered, where the paper places them, and its footnote with its own text', () => {
    const e = exports.concept_paper!;
    const text = compact(pdfText(e.pdf));
    expect(text).toContain(compact('1. What challenges has the mechanism'));
    expect(text).toContain(compact('2. Where do you see room'));
    expect(text.indexOf(compact('1. What challenges'))).toBeGreaterThan(text.indexOf(compact('States are invited')));
    expect(text).toContain(
      compact('See the resolutions of the General Assembly at https://www.oas.org/en/council/AG/resdec/'),
    );
    // an export is the distribution copy: the note on footnote 1 goes only to the translator
    expect(e.parts['word/comments.xml']).toBeUndefined();
    expect(textOf(e.parts['word/document.xml']!)).not.toContain('Use the page in your language');
  });
});

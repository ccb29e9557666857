import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../support/temp-store';
import {
  allOf,
  compact,
  convertToPdf,
  docxParts,
  footnotesOf,
  paragraphsOf,
  pdfPageCount,
  pdfText,
  tempDir,
  textOf,
} from './docx-tools';
import {
  NEEDS_REFERENCE,
  REFERENCE_PAPER,
  REFERENCE_PRESENT,
  SAMPLE_PAPER,
  readReferencePaper,
  type ReferencePaper,
} from './reference-paper';
import { createOmegatProject } from './omegat';
import { storeReferencePaper } from './store-reference-paper';

/*
 * A concept paper of the reference paper's shape (test/fixtures/concept-paper-sample.txt), built
 * through the API as a user would build it, sent to translation (the translator's copy, with the notes as
 * comments), and read back three ways: its XML, LibreOffice's PDF of it, and OmegaT's segmentation
 * and round trip. Its distribution copy ("Export…") is the same text without the comments.
 */

let store: TempStore;
let paper: ReferencePaper;
let dir: string;
let docxFile: string;
let parts: Record<string, string>;
let distribution: Record<string, string>;
let pdf: string;

const call = <T>(name: string, input: unknown) => store.call<T>(name, input);

beforeAll(async () => {
  store = await openTempStore();
  dir = tempDir('reference-paper');
  const setup = await storeReferencePaper(store);
  paper = setup.paper;
  const document = { id: setup.documentId };
  const exported = await call<{ fileName: string; bytes: Uint8Array }>('documents.exportDocx', {
    documentId: document.id,
    language: 'en',
  });
  expect(exported.fileName).toBe('CP-CAM-123-23-en.docx');
  const distributionFile = path.join(dir, exported.fileName);
  fs.writeFileSync(distributionFile, Buffer.from(exported.bytes));
  distribution = await docxParts(distributionFile);
  const sent = await call<{ files: { file: { fileName: string; bytes: Uint8Array } }[] }>('translation.send', {
    documentId: document.id,
    languages: ['es'],
    translator: '',
  });
  const file = sent.files[0]!.file;
  expect(file.fileName).toBe('CP-CAM-123-23-en-to-es.docx');
  docxFile = path.join(dir, file.fileName);
  fs.writeFileSync(docxFile, Buffer.from(file.bytes));
  parts = await docxParts(docxFile);
  [pdf] = convertToPdf([docxFile], dir) as [string];
}, 120_000);

afterAll(async () => {
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const documentXml = () => parts['word/document.xml']!;
const bodyXml = () => documentXml().slice(documentXml().indexOf('<w:body>'), documentXml().lastIndexOf('<w:sectPr'));

/** The sample paper's own words the checks look for. */
const SAMPLE = {
  notes: ['confirm that this address still opens', 'keep care workers as one term throughout'],
  firstWords: 'Across the hemisphere',
  firstFootnoteWords: 'Sample labour mobility survey.',
  date: '14 March 2024',
  controlNumber: 'SDESK00115E24',
};

describe('a concept paper of the reference paper’s shape, exported', () => {
  it('has its 13 footnotes as real Word footnotes, in order, each with its own text', () => {
    expect(paper.footnoteTexts).toHaveLength(13);
    const notes = footnotesOf(parts['word/footnotes.xml']!);
    expect([...notes.keys()]).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(allOf(documentXml(), /<w:footnoteReference w:id="(\d+)"\/>/g).map(Number)).toEqual([...notes.keys()]);
    for (const [id, xml] of notes) {
      expect(textOf(xml).trim()).toBe(paper.footnoteTexts[id - 1]);
      expect(xml).toContain('<w:pStyle w:val="FootnoteText"/>');
    }
    // links in footnotes are real hyperlinks
    expect(parts['word/footnotes.xml']).toContain('<w:hyperlink');
  });

  it('has one Word comment per translator note, none inside a footnote, no range around a footnote reference', () => {
    const comments = allOf(parts['word/comments.xml']!, /<w:comment (.*?)<\/w:comment>/gs).map(textOf);
    expect(paper.notes).toEqual(SAMPLE.notes);
    expect(comments).toEqual([`Footnote 1: ${SAMPLE.notes[0]}`, SAMPLE.notes[1]]);
    expect(parts['word/footnotes.xml']).not.toMatch(/<w:comment(Reference|RangeStart|RangeEnd)/);
    // notes are never body text
    expect(textOf(documentXml())).not.toContain('TRANSLATOR');
    expect(textOf(documentXml())).not.toContain(SAMPLE.notes[0]);
    // a comment range never encloses a footnote reference (LibreOffice 7.4 then mixes up footnote texts)
    for (const [, inside] of documentXml().matchAll(
      /<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/gs,
    )) {
      expect(inside).not.toContain('<w:footnoteReference');
    }
    // the note on footnote 1 sits at footnote 1's reference in the body
    expect(documentXml()).toMatch(
      /<w:commentReference w:id="0"\/><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/,
    );
  });

  it('says which copy it is, and only the translator’s copy carries the notes', () => {
    expect(parts['docProps/core.xml']).toContain('<dc:subject>Translator’s copy</dc:subject>');
    expect(distribution['docProps/core.xml']).toContain('<dc:subject>Distribution copy</dc:subject>');
    expect(distribution['word/comments.xml']).toBeUndefined();
    expect(distribution['word/document.xml']).not.toMatch(/<w:comment(Reference|RangeStart|RangeEnd)/);
    expect(distribution['[Content_Types].xml']).not.toContain('comments');
    // the same text, footnotes and all
    expect(textOf(distribution['word/document.xml']!)).toBe(textOf(documentXml()));
    expect(textOf(distribution['word/footnotes.xml']!)).toBe(textOf(parts['word/footnotes.xml']!));
  });

  it('numbers the two guiding questions where the paper places them', () => {
    const questions = paragraphsOf(bodyXml()).filter((p) => p.includes('<w:pStyle w:val="GuidingQuestion"/>'));
    expect(questions.map(textOf)).toEqual(paper.questions);
    for (const q of questions) expect(q).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(questions[0]!)![1];
    expect(questions[1]).toContain(`<w:numId w:val="${numId}"/>`);
    const text = pdfText(pdf);
    expect(compact(text)).toContain(compact(`1. ${paper.questions[0]!.slice(0, 40)}`));
    expect(compact(text)).toContain(compact(`2. ${paper.questions[1]!.slice(0, 40)}`));
  });

  it('opens with the OAS header block: a two-column table with explicit widths', () => {
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(bodyXml())![0];
    expect(bodyXml().indexOf('<w:tbl>')).toBe('<w:body>'.length);
    expect(table).toContain('<w:tblW w:type="dxa" w:w="9360"/>');
    expect(allOf(table, /<w:gridCol w:w="(\d+)"\/>/g)).toEqual(['5400', '3960']);
    expect(allOf(table, /<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)).toEqual(['5400', '3960']);
    const [left, right] = allOf(table, /(<w:tc>.*?<\/w:tc>)/gs).map((cell) => paragraphsOf(cell).map(textOf));
    expect(left).toEqual([
      'PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES',
      'COMMITTEE ON MIGRATION AFFAIRS',
    ]);
    expect(right).toEqual(['OEA/Ser.G', 'CP/CAM-123/23', SAMPLE.date, 'Original: English']);
    expect(table).toContain('<w:rStyle w:val="DoNotTranslate"/></w:rPr><w:t xml:space="preserve">CP/CAM-123/23</w:t>');
  });

  it('sets the language once, in the default style, and uses named styles only', () => {
    expect(parts['word/styles.xml']).toMatch(
      /<w:rPrDefault><w:rPr>.*<w:lang w:val="en-US"\/>.*<\/w:rPr><\/w:rPrDefault>/s,
    );
    for (const name of ['word/document.xml', 'word/footnotes.xml']) {
      expect(parts[name]).not.toContain('<w:lang');
      // every run property is a character style, nothing else
      for (const rPr of allOf(parts[name]!, /<w:r><w:rPr>(.*?)<\/w:rPr>/g))
        expect(rPr).toMatch(/^<w:rStyle w:val="[A-Za-z]+"\/>$/);
    }
    for (const p of paragraphsOf(bodyXml())) expect(p).not.toMatch(/<w:pPr>(?!<w:pStyle)/);
  });

  it('has no manual line break or tab inside a paragraph, and no needless split runs', () => {
    for (const name of ['word/document.xml', 'word/footnotes.xml', 'word/comments.xml']) {
      expect(parts[name]).not.toMatch(/<w:br\b|<w:tab\/>|<w:cr\/>/);
    }
    // two neighbouring runs of one style with nothing between them would be a needless split
    expect(bodyXml()).not.toMatch(/<w:r>(<w:rPr>[^]*?<\/w:rPr>)?<w:t[^>]*>[^<]*<\/w:t><\/w:r><w:r>\1<w:t/);
    const first = paragraphsOf(bodyXml()).find((p) => textOf(p).startsWith(SAMPLE.firstWords))!;
    expect(allOf(first, /<w:t[^>]*>/g).length).toBe(2); // the text before footnote 1, and the rest
  });

  it('is US Letter with "- N -" page numbers from page two, and the control number at the end', () => {
    expect(documentXml()).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(documentXml()).toContain('<w:titlePg/>');
    const footers = Object.entries(parts).filter(([name]) => /word\/footer\d+\.xml/.test(name));
    expect(footers.some(([, xml]) => /- <\/w:t>.*PAGE.*<w:t[^>]*> -</s.test(xml))).toBe(true);
    const last = paragraphsOf(bodyXml()).at(-1)!;
    expect(last).toContain('<w:pStyle w:val="ControlNumber"/>');
    expect(last).toContain(
      `<w:rStyle w:val="DoNotTranslate"/></w:rPr><w:t xml:space="preserve">${SAMPLE.controlNumber}</w:t>`,
    );
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pdfText(pdf, { first: 1, last: 1 })).not.toMatch(/^\s*- 1 -\s*$/m);
    expect(pdfText(pdf, { first: 2, last: 2 })).toMatch(/^\s*- 2 -\s*$/m);
    expect(pdfText(pdf, { first: pages, last: pages })).toContain(SAMPLE.controlNumber);
  });

  it('shows every footnote’s own text in LibreOffice, once and in order', () => {
    const text = compact(pdfText(pdf));
    const expected = paper.footnoteTexts.map(compact);
    let from = 0;
    for (const [index, footnote] of expected.entries()) {
      const at = text.indexOf(footnote, from);
      expect(at, `footnote ${index + 1} in order`).toBeGreaterThanOrEqual(0);
      from = at + footnote.length;
    }
    for (const footnote of new Set(expected)) {
      const times = text.split(footnote).length - 1;
      expect(times, footnote).toBe(expected.filter((f) => f === footnote).length);
    }
    // and the notes to the translator are nowhere in the printed text
    for (const note of SAMPLE.notes) expect(text).not.toContain(compact(note));
  });
});

describe('a concept paper of the reference paper’s shape in OmegaT', () => {
  it('segments into sentences with few tags, and translates into a DOCX that LibreOffice opens', () => {
    const project = createOmegatProject(dir, fs.readFileSync(docxFile));
    const tmx = project.tmx;
    const stats = project.statsText();
    const segments = Number(/^Total:\s+(\d+)/m.exec(stats)![1]);
    const units = allOf(fs.readFileSync(tmx, 'utf8'), /<tu>(.*?)<\/tu>/gs).map(
      (tu) => allOf(tu, /<seg>(.*?)<\/seg>/gs)[0]!,
    );
    const tagCounts = units.map((seg) => allOf(seg, /(&lt;\/?[a-z]+\d+\/?&gt;)/g).length);
    const overTwo = tagCounts.filter((n) => n > 2).length;
    console.info(
      `OmegaT: ${segments} segments (${units.length} unique) for ${paper.sentenceCount} sentences; ` +
        `${overTwo} over two tags, most ${Math.max(...tagCounts)}`,
    );
    expect(overTwo / units.length).toBeLessThanOrEqual(0.05);
    expect(Math.max(...tagCounts)).toBeLessThanOrEqual(4);
    expect(segments).toBeGreaterThanOrEqual(paper.sentenceCount * 0.8);
    expect(segments).toBeLessThanOrEqual(paper.sentenceCount * 1.3);

    // a "translation": every target segment marked, tags carried over as they are
    const target = path.join(dir, 'paper-es.docx');
    fs.writeFileSync(target, project.translate('[ES]'));
    const [targetPdf] = convertToPdf([target], dir) as [string];
    const text = pdfText(targetPdf);
    expect(text).toContain(`[ES] ${SAMPLE.firstWords}`);
    expect(text).toContain(`[ES] ${SAMPLE.firstFootnoteWords}`);
  }, 120_000);
});

describe.skipIf(!REFERENCE_PRESENT)(`the real reference concept paper${NEEDS_REFERENCE}`, () => {
  it('reads into the shape the sample copies: title block, 13 footnotes, two notes, two questions, control number', () => {
    const real = readReferencePaper(REFERENCE_PAPER);
    expect(real.content.titleBlock).toMatchObject({ documentKindLabel: 'CONCEPT PAPER', date: '2023-05-09' });
    expect(real.footnoteTexts).toHaveLength(13);
    expect(real.footnoteTexts[0]).toMatch(/^Migration data portal\./);
    expect(real.notes).toEqual(['check link', 'check the logic of this paragraph?']);
    expect(real.questions).toHaveLength(2);
    expect(real.controlNumber).toBe('CIDRP03838E04');
    const sample = readReferencePaper(SAMPLE_PAPER);
    const shape = (p: ReferencePaper) => ({
      footnotes: p.footnoteTexts.length,
      notes: p.notes.length,
      questions: p.questions.length,
      blocks: p.content.body.content.map((b) => b.type).filter((t, i, all) => t !== all[i - 1]),
    });
    expect(shape(sample)).toEqual(shape(real));
  });

  it('exports with its 13 footnotes, its two notes as comments and its control number', async () => {
    const realStore = await openTempStore();
    try {
      const setup = await storeReferencePaper(realStore, REFERENCE_PAPER);
      const sent = await realStore.call<{ files: { file: { bytes: Uint8Array } }[] }>('translation.send', {
        documentId: setup.documentId,
        languages: ['es'],
        translator: '',
      });
      const real = await docxParts(Buffer.from(sent.files[0]!.file.bytes));
      expect([...footnotesOf(real['word/footnotes.xml']!).keys()]).toHaveLength(13);
      expect(allOf(real['word/comments.xml']!, /<w:comment (.*?)<\/w:comment>/gs).map(textOf)).toEqual([
        'Footnote 1: check link',
        'check the logic of this paragraph?',
      ]);
      expect(textOf(real['word/document.xml']!)).toContain('In the Americas');
      expect(real['word/document.xml']).toContain('<w:t xml:space="preserve">CIDRP03838E04</w:t>');
    } finally {
      await realStore.close();
    }
  }, 60_000);
});

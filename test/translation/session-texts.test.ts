import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf, SessionOverview } from '../../shared/api/contract';
import { footnoteNumbers, plainText } from '../../shared/content/helpers';
import { sessionTexts } from '../../shared/translation/session-texts';
import { openTempStore, type TempStore } from '../support/temp-store';
import { convertToPdf, docxParts, paragraphsOf, pdfText, tempDir, textOf } from '../exports/docx-tools';
import { createOmegatProject } from '../exports/omegat';
import {
  createAnnotatedEnglishSession,
  PANEL_ANNOTATION,
  type AnnotatedEnglishSession,
} from '../support/english-only-session';

/*
 * The session's texts through translation (issue 13, part 2): an English-only session's texts go
 * out as one translator's DOCX, OmegaT (headless) translates it with a pseudo-translation that marks
 * every segment "[FR]", and the file comes back as the session's French texts.
 */

let store: TempStore;
let session: AnnotatedEnglishSession;
let dir: string;
let sent: OutputOf<'translation.sessionTexts.send'>;
let docx: Buffer;
let parts: Record<string, string>;

type Inspect = OutputOf<'translation.sessionTexts.inspect'>;
type Status = OutputOf<'translation.sessionTexts.status'>;

beforeAll(async () => {
  store = await openTempStore();
  dir = tempDir('session-texts');
  session = await createAnnotatedEnglishSession((name, input) => store.call(name, input));
  sent = await store.call('translation.sessionTexts.send', {
    sessionId: session.sessionId,
    languages: ['fr'],
    translator: 'Marie Dubois',
    dueDate: '2027-04-30',
  });
  docx = Buffer.from(sent.files[0]!.file.bytes);
  parts = await docxParts(docx);
});

afterAll(async () => {
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const overview = () => store.call<SessionOverview>('sessions.overview', { id: session.sessionId });
const inspect = (base64: string) =>
  store.api.call('translation.sessionTexts.inspect', { sessionId: session.sessionId, language: 'fr', base64 });
const receive = (base64: string, decisions: { acceptMismatches?: boolean; replaceExisting?: boolean } = {}) =>
  store.api.call('translation.sessionTexts.receive', {
    sessionId: session.sessionId,
    language: 'fr',
    base64,
    ...decisions,
  });

/** The translator's file with its document.xml changed by `edit`. */
async function edited(edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/document.xml', edit(await zip.file('word/document.xml')!.async('string')));
  return (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64');
}

const rowsOf = (xml: string) => [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((m) => m[0]);
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0]);

describe("the translator's file of the session's texts", () => {
  it('has one row per text: the key in the do-not-translate style, then the English text', () => {
    expect(sent.files.map((f) => f.file.fileName)).toEqual(['session-texts-2027-05-11-en-to-fr.docx']);
    const rows = rowsOf(parts['word/document.xml']!);
    const keys = rows.map((row) => textOf(cellsOf(row)[0]!));
    expect(keys).toEqual([
      'session.title',
      'item-1.title',
      'item-2.title',
      'item-2.annotation',
      'question-1',
      'question-2',
    ]);
    for (const row of rows) {
      const [keyCell] = cellsOf(row);
      expect(keyCell).toMatch(/<w:rStyle w:val="DoNotTranslate"\/>/);
    }
    // a title or a question is one paragraph of one run, in the table's text style
    for (const index of [0, 1, 2, 4, 5]) {
      const paragraphs = paragraphsOf(cellsOf(rows[index]!)[1]!);
      expect(paragraphs).toHaveLength(1);
      expect(paragraphs[0]).toMatch(/<w:pStyle w:val="TableValue"\/>/);
      expect(paragraphs[0]!.match(/<w:r>/g)).toHaveLength(1);
    }
    expect(textOf(cellsOf(rows[0]!)[1]!)).toBe('Special meeting on migration governance');
    expect(textOf(cellsOf(rows[5]!)[1]!)).toBe('What should the Committee do next?');
  });

  it('writes the annotation as the annotated agenda does: list, real footnotes, the note as a comment', () => {
    const cell = cellsOf(rowsOf(parts['word/document.xml']!)[3]!)[1]!;
    expect(paragraphsOf(cell)).toHaveLength(3);
    expect(cell).toMatch(/<w:pStyle w:val="ListBullet"\/>/);
    expect(cell.match(/<w:footnoteReference /g)).toHaveLength(2);
    // the note sits between the first two footnotes, where LibreOffice 7.4 cannot take a range: a point comment
    expect(cell).toMatch(/<w:commentReference /);
    expect(textOf(parts['word/footnotes.xml']!)).toContain('See resolution AG/RES. 2988 (LII-O/22).');
    expect(textOf(parts['word/comments.xml']!)).toContain('Keep the usual OAS wording.');
  });

  it('follows the rules for translators: no breaks or tabs, w:lang once, widths on the table', () => {
    const xml = parts['word/document.xml']!;
    expect(xml).not.toMatch(/<w:br\b|<w:tab\/>|<w:cr\b/);
    expect(xml).not.toMatch(/<w:lang /);
    expect(parts['word/styles.xml']!.match(/<w:lang /g)).toHaveLength(1);
    expect(parts['word/styles.xml']).toMatch(/<w:lang w:val="en-US"\/>/);
    expect(xml).toMatch(/<w:tblW w:type="dxa" w:w="9360"\/>/);
    expect(xml).toMatch(/<w:gridCol w:w="2200"\/>/);
  });

  it('opens in LibreOffice with every text and both footnotes', () => {
    const file = path.join(dir, sent.files[0]!.file.fileName);
    fs.writeFileSync(file, docx);
    const text = pdfText(convertToPdf([file], dir)[0]!).replace(/\s+/g, ' ');
    for (const key of ['item-2.annotation', 'question-2']) expect(text).toContain(key);
    expect(text).toContain('Panel: the regional consultative processes');
    expect(text).toContain('See resolution AG/RES. 2988 (LII-O/22).');
    expect(text).toContain('Compiled by the Secretariat.');
  });

  it('records the sending: French is sent, with date, translator and due date', async () => {
    const status = await store.call<Status>('translation.sessionTexts.status', { sessionId: session.sessionId });
    expect(status.languages.map((l) => l.status)).toEqual(['original', 'not_started', 'sent', 'not_started']);
    expect(status.texts).toBe(6);
    expect(status.languages[2]!.sent).toMatchObject({
      translator: 'Marie Dubois',
      dueDate: '2027-04-30',
      texts: 6,
      receivedAt: null,
      originalChangedSince: false,
    });
    expect(status.languages[2]!.written).toBe(0);
  });
});

describe('a file that differs from what was sent', () => {
  it('is refused, naming each difference, and changes nothing', async () => {
    const before = await store.dump();
    const base64 = await edited((xml) => {
      const rows = rowsOf(xml);
      // question-2 taken out, item-1's title emptied, a footnote of the annotation dropped
      let out = xml.replace(rows[5]!, '');
      out = out.replace('Adoption of the order of business', '');
      return out.replace(
        /<w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="2"\/><\/w:r>/,
        '',
      );
    });
    const inspection = await inspect(base64);
    expect(inspection.ok).toBe(true);
    const report = (inspection as { value: Inspect }).value.report;
    expect(report.matches).toBe(false);
    expect(report.issues.map((i) => [i.code, i.key])).toEqual([
      ['text_empty', 'item-1.title'],
      ['text_footnotes', 'item-2.annotation'],
      ['text_missing', 'question-2'],
    ]);
    expect(report.original).toMatchObject({ paragraphs: 6, footnotes: 2 });
    expect(report.imported).toMatchObject({ paragraphs: 5, footnotes: 1 });
    const refused = await receive(base64);
    expect(refused).toMatchObject({ ok: false, error: { code: 'import_mismatch' } });
    expect(JSON.stringify(refused)).toContain('question-2 is missing from the file');
    expect(await store.dump()).toBe(before);
  });

  it('is refused as a whole when it is no Word file, and changes nothing', async () => {
    const before = await store.dump();
    const result = await receive(Buffer.from('%PDF-1.7 not a Word document').toString('base64'));
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_file' } });
    expect(await store.dump()).toBe(before);
  });
});

describe("OmegaT's translation of the file, received", () => {
  let french: Buffer;
  let stats: string;
  let tmx: string;

  beforeAll(() => {
    const project = createOmegatProject(path.join(dir, 'omegat-fr'), docx, 'FR');
    tmx = fs.readFileSync(project.tmx, 'utf8');
    french = project.translate('[FR]');
    stats = project.statsText();
  }, 120_000);

  it('gives one segment per title and question, with no tags in them', () => {
    const segments = [...tmx.matchAll(/<tuv[^>]*lang="EN-US"[^>]*>\s*<seg>(.*?)<\/seg>/gs)].map((m) => m[1]!);
    for (const text of [
      'Special meeting on migration governance',
      'Adoption of the order of business',
      'Panel: the regional consultative processes',
      'What has worked in your region?',
      'What should the Committee do next?',
    ]) {
      expect(segments).toContain(text);
    }
    // OmegaT shows a formatting change as a tag pair (&lt;f0&gt;…&lt;/f0&gt;): none anywhere; the only
    // tags are the footnote references (and the footer's page number), one standalone tag each
    const tags = segments.flatMap((s) => s.match(/&lt;\/?[a-z]+\d+\/?&gt;/g) ?? []);
    expect(
      tags.every((tag) => /^&lt;[a-z]+\d+\/&gt;$/.test(tag)),
      tags.join(' '),
    ).toBe(true);
    expect(tags).toHaveLength(3);
    expect(stats).toMatch(/Segments/);
  });

  it('aligns with what was sent, and fills every French text', async () => {
    const inspection = await store.call<Inspect>('translation.sessionTexts.inspect', {
      sessionId: session.sessionId,
      language: 'fr',
      base64: french.toString('base64'),
    });
    expect(inspection.report.issues).toEqual([]);
    expect(inspection.report.matches).toBe(true);
    expect(inspection.against).toBe('snapshot');
    expect(inspection.wouldOverwrite).toBe(false);
    const result = await store.call<OutputOf<'translation.sessionTexts.receive'>>('translation.sessionTexts.receive', {
      sessionId: session.sessionId,
      language: 'fr',
      base64: french.toString('base64'),
    });
    expect(result.applied).toBe(6);
    expect(result.status.languages[2]).toMatchObject({ status: 'received', written: 6 });

    const data = await overview();
    expect(data.session.title.fr).toBe('[FR] Special meeting on migration governance');
    expect(data.agendaItems.map((i) => i.title.fr)).toEqual([
      '[FR] Adoption of the order of business',
      '[FR] Panel: the regional consultative processes',
    ]);
    expect(data.guidingQuestions.map((q) => q.text.fr)).toEqual([
      '[FR] What has worked in your region?',
      '[FR] What should the Committee do next?',
    ]);
    // the annotation keeps its shape: two blocks, a two-item list, two footnotes, the note
    const annotation = data.agendaItems[1]!.annotation.fr;
    expect(annotation.content.map((b) => b.type)).toEqual(PANEL_ANNOTATION.content.map((b) => b.type));
    // (OmegaT cuts a sentence after "AG/RES.": each piece is marked)
    const footnotes = footnoteNumbers(annotation).map((f) => f.node.content[0]!.content![0]!.text);
    expect(footnotes.every((text) => text.startsWith('[FR] '))).toBe(true);
    expect(footnotes.map((text) => text.replace(/\[FR\] /g, ''))).toEqual([
      'See resolution AG/RES. 2988 (LII-O/22).',
      'Compiled by the Secretariat.',
    ]);
    expect(plainText(annotation)).toContain('[FR] Panelists of the regional processes present their work first.');
    expect(JSON.stringify(annotation)).toContain('Keep the usual OAS wording.');
    // every English text has its French now: nothing for the documents to fall back on
    const english = sessionTexts(data, 'en').map((t) => t.key);
    expect(sessionTexts(data, 'fr').map((t) => t.key)).toEqual(english);
    // the English is as it was
    expect(data.session.title.en).toBe('Special meeting on migration governance');
    expect(data.agendaItems[1]!.annotation.en).toEqual(PANEL_ANNOTATION);
  });

  it('prints the French order of business and annotated agenda in French', async () => {
    for (const kind of ['order_of_business', 'annotated_agenda']) {
      const file = await store.call<{ bytes: Uint8Array }>('sessions.exportDocx', {
        sessionId: session.sessionId,
        kind,
        language: 'fr',
      });
      const xml = (await docxParts(Buffer.from(file.bytes)))['word/document.xml']!;
      expect(textOf(xml)).toContain('[FR] Special meeting on migration governance');
      expect(textOf(xml)).toContain('[FR] Panel: the regional consultative processes');
      expect(textOf(xml)).toContain('[FR] Adoption of the order of business');
    }
  });

  it('asks before replacing French texts that are there now', async () => {
    const before = await store.dump();
    const again = await receive(french.toString('base64'));
    expect(again).toMatchObject({ ok: false, error: { code: 'would_overwrite' } });
    expect(await store.dump()).toBe(before);
  });
});

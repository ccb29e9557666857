import { dumpDatabase } from '../support/temp-store';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../shared/api/contract';
import { footnoteText } from '../../shared/content/helpers';
import type { InlineNode, StoredContent } from '../../shared/content/schema';
import { passagesOf } from '../../shared/translation/units';
import { countWords } from '../../shared/translation/words';
import { openTempStore, type TempStore } from '../support/temp-store';
import { allOf, convertToPdf, docxParts, pdfText, tempDir, textOf, compact } from '../exports/docx-tools';
import { storeReferencePaper, type ReferenceSetup } from '../exports/store-reference-paper';
import { omegatPseudoTranslate } from './fixtures';

/*
 * A real translator's round trip: a concept paper of the reference paper's shape is sent to Spanish translation
 * through the API, OmegaT (headless) translates the DOCX it was given with a pseudo-translation
 * that marks every segment "[ES]", and the file OmegaT writes comes back as the Spanish version.
 * Then the original is edited, and the changes since sending are listed and exported.
 */

let store: TempStore;
let setup: ReferenceSetup;
let dir: string;
let sent: OutputOf<'translation.send'>;
let spanish: Buffer;
let omegatMs = 0;

type Versions = OutputOf<'translation.versions'>;

beforeAll(async () => {
  store = await openTempStore();
  dir = tempDir('translation-round-trip');
  setup = await storeReferencePaper(store);
  sent = await store.call('translation.send', {
    documentId: setup.documentId,
    languages: ['es'],
    translator: 'Oficina de Traducción',
    dueDate: '2023-04-28',
  });
  const started = Date.now();
  spanish = omegatPseudoTranslate(Buffer.from(sent.files[0]!.file.bytes), dir, '[ES]');
  omegatMs = Date.now() - started;
}, 120_000);

afterAll(async () => {
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const versions = () => store.call<Versions>('translation.versions', { documentId: setup.documentId });
const esVersion = async () => (await versions()).versions.find((v) => v.language === 'es')!;
const original = () => setup.paper.content;

describe('sending a concept paper to translation', () => {
  it("hands over the original's export and marks the Spanish version sent, with date, translator and revision", async () => {
    expect(sent.files.map((f) => f.file.fileName)).toEqual(['CP-CAM-123-23-en-to-es.docx']);
    const exported = await store.call<{ bytes: Uint8Array }>('documents.exportDocx', {
      documentId: setup.documentId,
      language: 'en',
    });
    const a = await docxParts(Buffer.from(sent.files[0]!.file.bytes));
    const b = await docxParts(Buffer.from(exported.bytes));
    // the translator's copy is the distribution copy ("Export…") plus the notes as comments, and says so:
    // the same paragraphs and text (comment ranges only split runs), the same footnotes but for the
    // random ids docx gives hyperlink relationships
    const ids = (xml: string | undefined) => xml?.replace(/r:id="[^"]+"/g, '');
    const paragraphs = (xml: string) => allOf(xml, /(<w:p[ >].*?<\/w:p>)/g).map(textOf);
    expect(a['word/comments.xml']).toContain(setup.paper.notes[0]);
    expect(b['word/comments.xml']).toBeUndefined();
    expect(b['word/document.xml']).not.toContain('<w:comment');
    expect(paragraphs(a['word/document.xml']!)).toEqual(paragraphs(b['word/document.xml']!));
    expect(ids(a['word/footnotes.xml'])).toBe(ids(b['word/footnotes.xml']));
    expect(a['docProps/core.xml']).toContain('<dc:subject>Translator’s copy</dc:subject>');
    expect(b['docProps/core.xml']).toContain('<dc:subject>Distribution copy</dc:subject>');

    const es = await esVersion();
    expect(es.status).toBe('sent');
    expect(es.sent).toMatchObject({
      translator: 'Oficina de Traducción',
      dueDate: '2023-04-28',
      symbol: 'CP/CAM-123/23',
      receivedAt: null,
      originalChangedSince: false,
      changedPassages: 0,
      changedWords: 0,
    });
    expect(Date.now() - Date.parse(es.sent!.sentAt)).toBeLessThan(300_000);
    expect(es.sent!.words).toBe((await versions()).versions[0]!.words);
    expect((await versions()).versions.map((v) => v.status)).toEqual([
      'original',
      'sent',
      'not_started',
      'not_started',
    ]);
  });
});

describe("OmegaT's translation, received", () => {
  it('aligns with what was sent: 13 footnotes, the same paragraphs, nothing to decide', async () => {
    const started = Date.now();
    const inspection = await store.call<OutputOf<'translation.inspect'>>('translation.inspect', {
      documentId: setup.documentId,
      language: 'es',
      base64: spanish.toString('base64'),
    });
    const passages = passagesOf(original().body).passages;
    console.info(
      `OmegaT round trip: ${omegatMs} ms in OmegaT, inspect ${Date.now() - started} ms; ` +
        `${inspection.imported.paragraphs} paragraphs, ${inspection.imported.footnotes} footnotes, ` +
        `${inspection.imported.notes} notes, ${inspection.imported.links} links, ${inspection.imported.words} words ` +
        `(original ${inspection.report.original.words})`,
    );
    expect(inspection.against).toBe('snapshot');
    expect(inspection.report.issues).toEqual([]);
    expect(inspection.report.matches).toBe(true);
    expect(inspection.report.imported).toMatchObject({ paragraphs: passages.length, footnotes: 13 });
    expect(inspection.report.pairs.every(([a, b]) => a === b)).toBe(true);
    expect(inspection.wouldOverwrite).toBe(false);
  });

  it('stores the Spanish version with the pseudo-translated text in place of every passage and footnote', async () => {
    const before = await dumpDatabase(store.db);
    const result = await store.call<OutputOf<'translation.receive'>>('translation.receive', {
      documentId: setup.documentId,
      language: 'es',
      base64: spanish.toString('base64'),
    });
    expect(await dumpDatabase(store.db)).not.toBe(before);
    expect(result.version.status).toBe('received');
    const content = result.version.content as StoredContent;
    const es = passagesOf(content.body);
    const en = passagesOf(original().body);
    expect(es.footnotes).toHaveLength(13);
    // the same structure: kinds, levels, footnotes per paragraph, links per paragraph
    const shape = (p: (typeof en.passages)[number]) => [p.kind, p.level, p.footnotes.join(','), p.links];
    expect(es.passages.map(shape)).toEqual(en.passages.map(shape));
    expect(es.footnotes.map((f) => f.passage)).toEqual(en.footnotes.map((f) => f.passage));
    // the translation in place: every passage starts with OmegaT's mark, and is the original's text otherwise
    for (const [i, p] of es.passages.entries()) {
      if (p.kind === 'guidingQuestions') continue;
      expect(p.text.startsWith('[ES] '), p.text).toBe(true);
      expect(p.text.replace(/\[ES\] /g, '')).toBe(en.passages[i]!.text);
    }
    for (const [i, f] of es.footnotes.entries()) {
      expect(f.text.startsWith('[ES] '), f.text).toBe(true);
      expect(f.text.replace(/\[ES\] /g, '')).toBe(en.footnotes[i]!.text);
    }
    // the title block is translated, the date kept as a date, notes to the translator kept as notes
    expect(content.titleBlock.title).toBe(`[ES] ${original().titleBlock.title}`);
    expect(content.titleBlock.date).toBe('2024-03-14');
    const notes = new Set(
      JSON.stringify(content)
        .match(/"note":"[^"]*"/g)
        ?.map((n) => n.slice(8, -1).replace(/^\[ES\] /, '')),
    );
    // (OmegaT offers comments for translation too: the pseudo-translation marked one)
    expect([...notes].sort()).toEqual([...setup.paper.notes].sort());
    expect(result.version.controlNumber).toContain(setup.paper.controlNumber);
    expect(setup.paper.controlNumber).toBe('SDESK00115E24');
    // the guiding questions the file holds fill the session's empty Spanish texts
    const questions = await store.db.selectFrom('guidingQuestions').select('textEs').orderBy('position').execute();
    expect(questions.map((q) => q.textEs.replace(/\[ES\] /g, ''))).toEqual(setup.paper.questions);
    expect(result.imported.warnings).toEqual([
      { code: 'questions_filled', count: 2, message: '2 guiding question(s) took their es text from the file' },
    ]);

    const after = await esVersion();
    expect(after.status).toBe('received');
    expect(after.sent?.receivedAt).not.toBeNull();
    expect(after.words).toBeGreaterThan(0);
  });

  it('does not overwrite the received version unless told to, and changes nothing when refused', async () => {
    const before = await dumpDatabase(store.db);
    const result = await store.api.call('translation.receive', {
      documentId: setup.documentId,
      language: 'es',
      base64: spanish.toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'would_overwrite' } });
    expect(await dumpDatabase(store.db)).toBe(before);
    const inspection = await store.call<OutputOf<'translation.inspect'>>('translation.inspect', {
      documentId: setup.documentId,
      language: 'es',
      base64: spanish.toString('base64'),
    });
    expect(inspection.wouldOverwrite).toBe(true);
  });
});

describe('a translation that does not match', () => {
  it('is reported with where it differs, refused until the user accepts, and stored when they do', async () => {
    // a "French translation" that lost paragraph 14, the guiding questions and footnote 7
    const content = structuredClone(original());
    const passages = passagesOf(content.body).passages;
    const fourteenth = passages[13]!;
    expect(fourteenth.kind).toBe('paragraph');
    const seventh = passagesOf(original().body).footnotes[6]!;
    const isSeventh = (i: InlineNode) => i.type === 'footnote' && footnoteText(i.content) === seventh.text;
    const holder = content.body.content.find((b) => b.type === 'paragraph' && b.content?.some(isSeventh));
    if (holder?.type !== 'paragraph') throw new Error('footnote 7 not found');
    holder.content = holder.content!.filter((i) => !isSeventh(i));
    content.body.content = content.body.content.filter(
      (block, index) => block.type !== 'guidingQuestions' && index !== fourteenth.number - 1,
    );
    const other = await store.call<{ id: string }>('documents.create', {
      sessionId: setup.sessionId,
      kind: 'note',
      symbol: null,
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: 'fr',
    });
    await store.call('documentVersions.create', {
      documentId: other.id,
      language: 'fr',
      status: 'original',
      content,
      controlNumber: '',
    });
    const file = await store.call<{ bytes: Uint8Array }>('documents.exportDocx', {
      documentId: other.id,
      language: 'fr',
    });

    const inspection = await store.call<OutputOf<'translation.inspect'>>('translation.inspect', {
      documentId: setup.documentId,
      language: 'fr',
      base64: Buffer.from(file.bytes).toString('base64'),
    });
    expect(inspection.against).toBe('original');
    expect(inspection.report.matches).toBe(false);
    const messages = inspection.report.issues.map((i) => i.message);
    console.info(`mismatch report: ${messages.join('; ')}`);
    expect(messages).toContain('paragraph 14 is missing');
    expect(messages).toContain('the guiding questions block is missing');
    expect(messages).toContain('the original has 13 footnotes and the file 12: 1 missing');
    expect(inspection.report.issues).toContainEqual(
      expect.objectContaining({ code: 'footnotes_differ', paragraph: seventh.passage, footnote: 7 }),
    );

    const before = await dumpDatabase(store.db);
    const refused = await store.api.call('translation.receive', {
      documentId: setup.documentId,
      language: 'fr',
      base64: Buffer.from(file.bytes).toString('base64'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'import_mismatch' } });
    if (!refused.ok) expect(refused.error.issues.map((i) => i.message)).toEqual(messages);
    expect(await dumpDatabase(store.db)).toBe(before);

    const accepted = await store.call<OutputOf<'translation.receive'>>('translation.receive', {
      documentId: setup.documentId,
      language: 'fr',
      base64: Buffer.from(file.bytes).toString('base64'),
      acceptMismatches: true,
    });
    expect(accepted.version.status).toBe('received');
    expect(passagesOf((accepted.version.content as StoredContent).body).footnotes).toHaveLength(12);
  });
});

describe('what changed since it was sent', () => {
  it('lists the changed, added and removed passages and footnotes, with word counts, and exports them', async () => {
    const content = structuredClone(original());
    const blocks = content.body.content;
    // paragraph 3 rewritten, a paragraph added after it, paragraph 6 removed, footnote 7 edited
    const p3 = blocks[2]!;
    if (p3.type !== 'paragraph') throw new Error('paragraph 3');
    const oldP3 = passagesOf(original().body).passages[2]!.text;
    const firstText = p3.content!.find((i) => i.type === 'text')!;
    if (firstText.type !== 'text') throw new Error('text');
    firstText.text = firstText.text.replace(/^For this reason/, 'For these reasons');
    blocks.splice(3, 0, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'A new paragraph on data protection.' }],
    });
    const removed = passagesOf(original().body).passages[5]!;
    blocks.splice(6, 1);
    let n = 0;
    const walk = (inl: NonNullable<Extract<(typeof blocks)[number], { type: 'paragraph' }>['content']>) => {
      for (const i of inl) {
        if (i.type !== 'footnote') continue;
        n += 1;
        if (n === 7) i.content = [{ type: 'paragraph', content: [{ type: 'text', text: 'A footnote rewritten.' }] }];
      }
    };
    for (const b of blocks) if (b.type === 'paragraph') walk(b.content ?? []);
    const originalVersion = (await store.db
      .selectFrom('documentVersions')
      .select('id')
      .where('documentId', '=', setup.documentId)
      .where('language', '=', 'en')
      .executeTakeFirstOrThrow())!;
    await store.call('documentVersions.update', { id: originalVersion.id, patch: { content } });

    expect((await esVersion()).sent).toMatchObject({ originalChangedSince: true });
    const changes = await store.call<OutputOf<'translation.changes'>>('translation.changes', {
      documentId: setup.documentId,
      language: 'es',
    });
    const brief = changes.changes.map((c) => `${c.where} ${c.number ?? c.sentNumber} ${c.change}`);
    expect(brief).toEqual(
      [
        'paragraph 3 changed',
        'paragraph 4 added',
        `paragraph ${removed.number} removed`,
        ...(removed.footnotes.length ? removed.footnotes.map((f) => `footnote ${f} removed`) : []),
      ]
        .concat(removed.footnotes.includes(7) ? [] : ['footnote 7 changed'])
        .sort((a, b) => order(a) - order(b)),
    );
    const p3Change = changes.changes[0]!;
    expect(p3Change.old).toBe(oldP3);
    expect(p3Change.new).toBe(oldP3.replace(/^For this reason/, 'For these reasons'));
    expect(p3Change.changedWords).toBe(2); // "these reasons" for "this reason"
    expect(changes.changedPassageWords).toBe(changes.changes.reduce((s, c) => s + countWords(c.new ?? ''), 0));
    expect(changes.symbol).toBe('CP/CAM-123/23');
    // the versions list counts the same changes, for planning the translators' work
    expect((await esVersion()).sent).toMatchObject({
      changedPassages: changes.changes.length,
      changedWords: changes.changedPassageWords,
    });
    console.info(
      `changes since sent: ${brief.join(', ')}; ${changes.changedPassageWords} words to look at, ${changes.changedWords} changed`,
    );

    const docx = await store.call<{ fileName: string; bytes: Uint8Array }>('translation.changesDocx', {
      documentId: setup.documentId,
      language: 'es',
    });
    expect(docx.fileName).toBe('concept-paper-changes-es.docx');
    const file = path.join(dir, docx.fileName);
    fs.writeFileSync(file, Buffer.from(docx.bytes));
    const parts = await docxParts(file);
    const text = textOf(parts['word/document.xml']!);
    expect(text).toContain('A new paragraph on data protection.');
    expect(text).toContain('For these reasons');
    expect(text).toContain(oldP3.slice(0, 60));
    expect(parts['word/document.xml']).not.toMatch(/<w:br\b|<w:tab\/>/);
    const [pdf] = convertToPdf([file], dir) as [string];
    expect(compact(pdfText(pdf))).toContain(compact('Paragraph 3 (changed)'));
  }, 60_000);
});

/** Sorts "paragraph N …" before "footnote N …", then by number. */
function order(line: string): number {
  const [where, n] = line.split(' ');
  return (where === 'footnote' ? 10_000 : 0) + Number(n);
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../shared/api/contract';
import type { BlockNode, StoredContent } from '../../shared/content/schema';
import { passagesOf } from '../../shared/translation/units';
import { openTempStore, type TempStore } from '../support/temp-store';
import { tempDir } from '../exports/docx-tools';
import { storeReferencePaper, type ReferenceSetup } from '../exports/store-reference-paper';

/*
 * Word drafts made by other tools, imported as new documents: pandoc's DOCX from Markdown, and
 * LibreOffice's DOCX from an ODT (pandoc writes the ODT, LibreOffice converts it, as a user
 * saving from Writer would). And the app's own translator's copy read back as a draft: the same document.
 */

const MARKDOWN = `---
title: Migration governance in the Americas
subtitle: A draft for the annual session
---

# Background

In the Americas, migration is a [check this figure]{.comment-start id="0" author="Secretariat"}shared challenge[]{.comment-end id="0"}.[^1] The CAM holds an **annual** session, *in person*.[^2]

## Mandate

The General Assembly asked the CAM to hold the session; see [the resolution](https://www.oas.org/en/council/AG/resdec/).

1. First, the panel presents.
2. Then the delegations take the floor.
3. Good practices are compiled.

| Mechanism | Region |
|-----------|--------|
| RCM | North and Central America |
| CSM | South America[^3] |

> A quotation from the resolution.

- a point
- another point

Final paragraph.

[^1]: See the IOM's [World Migration Report](https://worldmigrationreport.iom.int/).
[^2]: Resolution AG/RES. 2988 (LII-O/22).
[^3]: The South American Conference on Migration.
`;

let store: TempStore;
let dir: string;
let setup: ReferenceSetup;
let sessionId: string;
let pandocDocx: Buffer;
let libreOfficeDocx: Buffer;

beforeAll(async () => {
  store = await openTempStore();
  dir = tempDir('translation-other-tools');
  setup = await storeReferencePaper(store);
  sessionId = setup.sessionId;
  const md = path.join(dir, 'draft.md');
  fs.writeFileSync(md, MARKDOWN);
  execFileSync('pandoc', [md, '-o', path.join(dir, 'pandoc.docx')]);
  pandocDocx = fs.readFileSync(path.join(dir, 'pandoc.docx'));
  // pandoc's ODT writer prints a comment as text, so the ODT's source has none
  const plainMd = path.join(dir, 'plain.md');
  fs.writeFileSync(
    plainMd,
    MARKDOWN.replace(/\[[^\]]*\]\{\.comment-start[^}]*\}([^[]*)\[\]\{\.comment-end[^}]*\}/g, '$1'),
  );
  execFileSync('pandoc', [plainMd, '-o', path.join(dir, 'writer.odt')]);
  const profile = tempDir('lo-profile');
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        path.join(dir, 'writer.odt'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  libreOfficeDocx = fs.readFileSync(path.join(dir, 'writer.docx'));
}, 120_000);

afterAll(async () => {
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function importAsReport(file: Buffer) {
  const result = await store.call<OutputOf<'translation.importDraft'>>('translation.importDraft', {
    sessionId,
    kind: 'report',
    language: 'en',
    base64: file.toString('base64'),
  });
  const version = await store.call<{ content: StoredContent; status: string }>('documentVersions.get', {
    id: result.versionId,
  });
  return { result, content: version.content, status: version.status };
}

/** The body's blocks as short lines: "h1 Background", "p In the Americas…", "ol1 First…", "fn 1 See…". */
function outline(content: StoredContent): string[] {
  const lines: string[] = [];
  const walk = (blocks: readonly BlockNode[], prefix = '') => {
    for (const b of blocks) {
      if (b.type === 'heading') lines.push(`${prefix}h${b.attrs.level} ${text(b.content)}`);
      else if (b.type === 'paragraph') lines.push(`${prefix}p ${text(b.content)}`);
      else if (b.type === 'orderedList' || b.type === 'bulletList') {
        for (const item of b.content) walk(item.content, `${prefix}${b.type === 'orderedList' ? 'ol' : 'ul'} `);
      } else if (b.type === 'blockquote') walk(b.content, `${prefix}quote `);
      else lines.push(`${prefix}${b.type}`);
    }
  };
  const text = (inlines: Extract<BlockNode, { type: 'paragraph' }>['content']) =>
    (inlines ?? []).map((i) => (i.type === 'text' ? i.text : '[fn]')).join('');
  walk(content.body.content);
  return lines;
}

const EXPECTED_OUTLINE = [
  'h1 Background',
  'p In the Americas, migration is a shared challenge.[fn] The CAM holds an annual session, in person.[fn]',
  'h2 Mandate',
  'p The General Assembly asked the CAM to hold the session; see the resolution.',
  'ol p First, the panel presents.',
  'ol p Then the delegations take the floor.',
  'ol p Good practices are compiled.',
  'p Mechanism',
  'p Region',
  'p RCM',
  'p North and Central America',
  'p CSM',
  'p South America[fn]',
  'quote p A quotation from the resolution.',
  'ul p a point',
  'ul p another point',
  'p Final paragraph.',
];

function checkDraft(content: StoredContent, tool: string) {
  expect(outline(content), tool).toEqual(EXPECTED_OUTLINE);
  expect(content.titleBlock.title).toBe('Migration governance in the Americas');
  expect(content.titleBlock.subtitle).toBe('A draft for the annual session');
  const { footnotes } = passagesOf(content.body);
  expect(footnotes.map((f) => [f.text, f.passage])).toEqual([
    ['See the IOM’s World Migration Report.', 2], // pandoc's smart quotes
    ['Resolution AG/RES. 2988 (LII-O/22).', 2],
    ['The South American Conference on Migration.', 13],
  ]);
  const json = JSON.stringify(content);
  // links in the body and in a footnote, bold and italic kept
  expect(json).toContain('{"type":"link","attrs":{"href":"https://www.oas.org/en/council/AG/resdec/"}}');
  expect(json).toContain('{"type":"link","attrs":{"href":"https://worldmigrationreport.iom.int/"}}');
  expect(json).toContain('{"type":"text","text":"annual","marks":[{"type":"bold"}]}');
  expect(json).toContain('{"type":"text","text":"in person","marks":[{"type":"italic"}]}');
}

describe('a Word draft made by pandoc from Markdown', () => {
  it('comes in as a new report: headings, numbered list, table cells, quote, bullets, links, footnotes, the comment as a note', async () => {
    const { result, content, status } = await importAsReport(pandocDocx);
    expect(result.created).toBe(true);
    expect(status).toBe('original');
    checkDraft(content, 'pandoc');
    expect(result.imported).toMatchObject({ footnotes: 3, notes: 1, links: 2, tables: 1 });
    expect(result.imported.warnings).toEqual([
      { code: 'tables_flattened', message: 'tables came in as their cells’ paragraphs, row by row' },
    ]);
    // the Word comment is a note to the translator on the text it spans, not body text
    expect(JSON.stringify(content)).toContain(
      '{"type":"text","text":"shared challenge","marks":[{"type":"translatorNote","attrs":{"id":"note-1","note":"check this figure"}}]}',
    );
    const doc = await store.call<{ kind: string; originalLanguage: string; symbol: string | null }>('documents.get', {
      id: result.documentId,
    });
    expect(doc).toMatchObject({ kind: 'report', originalLanguage: 'en', symbol: null });
  });
});

describe('a Word draft saved by LibreOffice from an ODT', () => {
  it('comes in with the same structure', async () => {
    const { content, result } = await importAsReport(libreOfficeDocx);
    console.info(`LibreOffice draft: ${JSON.stringify(result.imported)}`);
    checkDraft(content, 'LibreOffice');
  });
});

describe("the app's own translator's copy, imported as a draft", () => {
  it('gives back the same document: title block, passages, footnotes, links, notes, control number', async () => {
    // the translator's copy carries the notes (the distribution copy has none to give back)
    const sent = await store.call<{ files: { file: { bytes: Uint8Array } }[] }>('translation.send', {
      documentId: setup.documentId,
      languages: ['fr'],
      translator: '',
    });
    const { content, result } = await importAsReport(Buffer.from(sent.files[0]!.file.bytes));
    const original = setup.paper.content;
    expect(content.titleBlock).toEqual(original.titleBlock);
    const strip = (c: StoredContent) =>
      JSON.stringify(c.body)
        .replace(/,?\{"type":"translatorNote","attrs":\{[^}]*\}\}/g, '')
        .replace(/"marks":\[\],?/g, '');
    const a = passagesOf(original.body);
    const b = passagesOf(content.body);
    expect(b.passages.map((p) => [p.kind, p.text, p.footnotes.join(), p.links])).toEqual(
      a.passages.map((p) => [p.kind, p.text, p.footnotes.join(), p.links]),
    );
    expect(b.footnotes.map((f) => f.text)).toEqual(a.footnotes.map((f) => f.text));
    expect(strip(content).length).toBeGreaterThan(0);
    expect(result.imported).toMatchObject({ footnotes: 13, notes: 2, controlNumber: 'SDESK00115E24' });
    const notes = [...JSON.stringify(content).matchAll(/"note":"([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(notes)).toEqual(new Set(setup.paper.notes));
  });
});

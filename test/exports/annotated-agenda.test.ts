import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSessionKind } from '../../main/exports/export';
import type { Mark } from '../../shared/content/schema';
import { emptyRichText, type LocalizedRichText, type RichText } from '../../shared/content/rich-text';
import type { AgendaItem } from '../../shared/domain/agenda-item';
import { openTempStore, type TempStore } from '../support/temp-store';
import {
  allOf,
  compact,
  convertToPdf,
  docxParts,
  footnotesOf,
  paragraphsOf,
  pdfText,
  tempDir,
  textOf,
} from './docx-tools';

/*
 * The annotated agenda of the demo session (English) with rich annotations on three items, written
 * through the API: every annotation goes through the concept paper's body writer, so footnotes are
 * real Word footnotes numbered across all items, notes to the translator are comments, and bold,
 * italic and links are named character styles.
 */

let store: TempStore;
let dir: string;
let parts: Record<string, string>;
let translatorParts: Record<string, string>;
let pdf: string;

const t = (text: string, ...marks: Mark[]) => ({ type: 'text' as const, text, ...(marks.length ? { marks } : {}) });
const bold: Mark = { type: 'bold' };
const italic: Mark = { type: 'italic' };
const link = (href: string): Mark => ({ type: 'link', attrs: { href } });
const note = (id: string, text: string): Mark => ({ type: 'translatorNote', attrs: { id, note: text } });
const fn = (...content: ReturnType<typeof t>[]) => ({
  type: 'footnote' as const,
  content: [{ type: 'paragraph' as const, content }],
});
const p = (...content: (ReturnType<typeof t> | ReturnType<typeof fn>)[]) => ({ type: 'paragraph' as const, content });
const doc = (...content: RichText['content']): RichText => ({ type: 'doc', content });

const PANEL = doc(
  p(
    t('Each mechanism presents its '),
    t('good practices', bold),
    fn(t('PANEL-FOOTNOTE on the practices compiled in 2022.')),
    t(' in '),
    t('ten minutes', italic),
    t('.'),
  ),
  {
    type: 'bulletList',
    content: [
      { type: 'listItem', content: [p(t('the Puebla Process', note('n-puebla', 'Official name in your language.')))] },
      {
        type: 'listItem',
        content: [
          p(t('the Quito Process'), fn(t('QUITO-FOOTNOTE: see the '), t('declaration', link('https://www.oas.org/')))),
        ],
      },
    ],
  },
);
const DIALOGUE = doc(
  p(
    t(
      'Delegations take the floor in the order of their requests',
      note('n-order', 'Keep “requests”, not “registrations”.'),
    ),
    fn(t('DIALOGUE-FOOTNOTE on the rules of procedure.')),
    t('; the Secretariat compiles the '),
    t('good practices', bold, italic),
    t('.'),
  ),
  {
    type: 'orderedList',
    attrs: { start: 1 },
    content: [
      { type: 'listItem', content: [p(t('member states'))] },
      { type: 'listItem', content: [p(t('permanent observers'))] },
    ],
  },
);

const only = (en: RichText, rest: LocalizedRichText): LocalizedRichText => ({ ...rest, en });

beforeAll(async () => {
  store = await openTempStore();
  dir = tempDir('annotated-agenda');
  const { sessionId } = await store.call<{ sessionId: string }>('demo.create', {});
  const items = await store.call<AgendaItem[]>('agendaItems.list', { sessionId });
  for (const [kind, annotation] of [
    ['panel', PANEL],
    ['dialogue', DIALOGUE],
  ] as const) {
    const item = items.find((i) => i.kind === kind)!;
    await store.call('agendaItems.update', { id: item.id, patch: { annotation: only(annotation, item.annotation) } });
  }
  // an item whose English annotation is empty shows another language's (here none: the closing has none at all)
  const closing = items.find((i) => i.kind === 'closing')!;
  expect(closing.annotation.en).toEqual(emptyRichText());
  const file = await store.call<{ fileName: string; bytes: Uint8Array }>('sessions.exportDocx', {
    sessionId,
    kind: 'annotated_agenda',
    language: 'en',
  });
  const docx = path.join(dir, file.fileName);
  fs.writeFileSync(docx, Buffer.from(file.bytes));
  parts = await docxParts(docx);
  pdf = convertToPdf([docx], dir)[0]!;
  // the translator's copy, as a sending of the agenda's texts would make it
  const copy = await exportSessionKind(store.db, sessionId, 'annotated_agenda', 'en', undefined, 'translator');
  translatorParts = await docxParts(Buffer.from(copy.bytes));
}, 120_000);

afterAll(async () => {
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const FOOTNOTES = [
  'Resolution AG/RES. 2988 (LII-O/22), operative paragraph 56. The resolutions are published on the OAS website.',
  'PANEL-FOOTNOTE on the practices compiled in 2022.',
  'QUITO-FOOTNOTE: see the declaration',
  'DIALOGUE-FOOTNOTE on the rules of procedure.',
];

describe('the annotated agenda with rich annotations', () => {
  it('has real footnotes, numbered across all items, each with its own text in the footnote style', () => {
    const document = parts['word/document.xml']!;
    expect(allOf(document, /<w:footnoteReference w:id="(\d+)"\/>/g)).toEqual(['1', '2', '3', '4']);
    const footnotes = footnotesOf(parts['word/footnotes.xml']!);
    expect([...footnotes.keys()]).toEqual([1, 2, 3, 4]);
    expect([...footnotes.values()].map((xml) => textOf(xml).trim())).toEqual(FOOTNOTES);
    for (const xml of footnotes.values()) expect(xml).toContain('<w:pStyle w:val="FootnoteText"/>');
    // the link inside the third footnote is a real hyperlink in the hyperlink style
    expect(footnotes.get(3)).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/);
    expect(parts['word/_rels/footnotes.xml.rels']).toContain('Target="https://www.oas.org/"');
  });

  it('puts the notes to the translator in comments of the translator’s copy only, never in the text', () => {
    const comments = allOf(translatorParts['word/comments.xml']!, /(<w:comment [^>]*>.*?<\/w:comment>)/gs).map(textOf);
    expect(comments).toEqual(['Official name in your language.', 'Keep “requests”, not “registrations”.']);
    const document = translatorParts['word/document.xml']!;
    expect(allOf(document, /<w:commentRangeStart w:id="(\d+)"\/>/g)).toEqual(['0', '1']);
    expect(textOf(document)).not.toContain('Official name');
    // the distribution copy ("Export…") has the same text and no comment at all
    expect(parts['word/comments.xml']).toBeUndefined();
    expect(parts['word/document.xml']).not.toMatch(/<w:comment(Reference|RangeStart|RangeEnd)/);
    expect(textOf(parts['word/document.xml']!)).toBe(textOf(document));
    expect(parts['docProps/core.xml']).toContain('<dc:subject>Distribution copy</dc:subject>');
    expect(translatorParts['docProps/core.xml']).toContain('<dc:subject>Translator’s copy</dc:subject>');
  });

  it('writes paragraphs, lists, bold and italic through named styles, with no direct formatting', () => {
    const document = parts['word/document.xml']!;
    const body = document.slice(document.indexOf('<w:body>'), document.lastIndexOf('<w:sectPr'));
    for (const rPr of allOf(body, /<w:r><w:rPr>(.*?)<\/w:rPr>/g))
      expect(rPr).toMatch(/^<w:rStyle w:val="[A-Za-z]+"\/>$/);
    for (const para of paragraphsOf(body)) expect(para).not.toMatch(/<w:pPr>(?!<w:pStyle)/);
    const styled = (style: string) =>
      allOf(body, new RegExp(`<w:rStyle w:val="${style}"/></w:rPr><w:t[^>]*>([^<]*)<`, 'g'));
    expect(styled('Strong')).toEqual(['mandate', 'good practices']);
    expect(styled('Emphasis')).toEqual(['ten minutes']);
    expect(styled('StrongEmphasis')).toEqual(['good practices']);
    const styleOf = (text: string) =>
      /<w:pStyle w:val="([A-Za-z]+)"\/>/.exec(paragraphsOf(body).find((x) => textOf(x).startsWith(text))!)![1];
    expect(styleOf('Each mechanism presents')).toBe('Annotation');
    expect(styleOf('the Puebla Process')).toBe('ListBullet');
    expect(styleOf('member states')).toBe('ListNumber');
    // its lists are indented under the annotation (text at 1440, where the annotation's 720 is)
    const bullets = allOf(parts['word/numbering.xml']!, /(<w:abstractNum .*?<\/w:abstractNum>)/gs).find((n) =>
      n.includes('<w:lvlText w:val="•"/>'),
    )!;
    expect(bullets).toMatch(/<w:lvl w:ilvl="0"[^>]*>.*?<w:ind w:left="1440" w:hanging="360"\/>/s);
    // the panel item's annotation sits under its title and times, before the next item
    const text = textOf(body);
    expect(text.indexOf('10:15 – 11:45')).toBeLessThan(text.indexOf('Each mechanism presents'));
    expect(text.indexOf('Each mechanism presents')).toBeLessThan(text.indexOf('Dialogue with the delegations'));
  });

  it('shows in LibreOffice each footnote’s own text, once and in order', () => {
    const text = compact(pdfText(pdf));
    const at = FOOTNOTES.map((f) => text.indexOf(compact(f)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const footnote of FOOTNOTES) expect(text.split(compact(footnote))).toHaveLength(2);
    expect(text).toContain(compact('The Chair recalls the mandate1 of the General Assembly'));
    expect(text).not.toContain(compact('Official name in your language'));
  });
});

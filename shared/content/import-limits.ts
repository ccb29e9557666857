import { refuse } from '../api/errors';
import type { BlockNode, InlineNode, ListItemNode, StoredContent } from './schema';

/*
 * What Session Desk reads from a file from outside (a Word document or a session file), measured
 * against a real long document: the 100-page benchmark paper (bench/long-paper.ts) three times over
 * is a 303-page report (LibreOffice's count) of 942 paragraphs, 900 footnotes, 1.3 million
 * characters of text; Word writes it as a 1.3 MB document.xml and a 0.34 MB footnotes.xml, at most 8
 * elements deep, about 60,000 elements. A report of shorter paragraphs, lists and tables has up to
 * about 10 paragraphs a page (3,000 for 300 pages). Each limit leaves two to three times that room
 * and still refuses a generated or hostile file in well under a second, before the costly part of
 * reading (see test/translation/import-bounds.test.ts for the figures).
 */
export const IMPORT_LIMITS = {
  /** Paragraphs (w:p) in the body, table cells and empty ones included: 300 pages × 10, × 3. */
  paragraphs: 10_000,
  /** Footnotes and endnotes written in the file, referenced or not (900 in the 300-page report). */
  footnotes: 5_000,
  /** Characters of one paragraph or one footnote: about 15 pages; a real paragraph has under 5,000. */
  textChars: 50_000,
  /** Characters of a whole document, footnotes included: the 300-page report has 1.3 million. */
  documentChars: 3_000_000,
  /** How deep XML elements nest: Word writes 8; a table in a table in a table about 20. */
  xmlDepth: 128,
  /**
   * How deep JSON nests in a session file: a document's text with lists six deep, the most the
   * document schema allows, is about 30 levels.
   */
  jsonDepth: 64,
  /** Elements in one XML part: the 300-page report's document.xml has about 60,000. */
  xmlElements: 600_000,
  /** One XML part of a Word document, unpacked: the 300-page report's largest is 1.3 MB. */
  partBytes: 16 * 1024 * 1024,
  /** All the parts of a Word document that are read (pictures are never unpacked). */
  unpackedBytes: 48 * 1024 * 1024,
} as const;

export type ImportLimit = keyof typeof IMPORT_LIMITS;
/** Every limit a refusal may name: the above, and those whose size depends on the kind of file, and the worker's. */
export type LimitName = ImportLimit | 'fileBytes' | 'entries' | 'time' | 'memory';

/** Refuses with the typed code over_limit, the limit named in the path (`limit.footnotes`) for the screens. */
export function overLimit(limit: LimitName, where: string, what: string): never {
  return refuse('over_limit', `limit.${limit}`, `${where}: ${what}`);
}

const count = (n: number) => n.toLocaleString('en-US');

function inlineChars(inlines: readonly InlineNode[] | undefined, footnotes: number[]): number {
  let chars = 0;
  for (const inline of inlines ?? []) {
    if (inline.type === 'text') chars += inline.text.length;
    else {
      let note = 0;
      for (const p of inline.content) for (const t of p.content ?? []) note += t.text.length;
      footnotes.push(note);
    }
  }
  return chars;
}

/**
 * Refuses content with a paragraph or footnote over textChars, or over documentChars in all: the
 * document schema caps each text node, not how many a paragraph holds (50 MB came in as one footnote).
 */
export function checkContentSize(content: Pick<StoredContent, 'titleBlock' | 'body'>, where: string): void {
  const texts: number[] = [];
  const footnotes: number[] = [];
  const walk = (blocks: readonly (BlockNode | ListItemNode)[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') texts.push(inlineChars(block.content, footnotes));
      else if (block.type !== 'guidingQuestions') walk(block.content);
    }
  };
  walk(content.body.content);
  let total = Object.values(content.titleBlock).reduce((sum, field) => sum + (field?.length ?? 0), 0);
  for (const [kind, list] of [
    ['paragraph', texts],
    ['footnote', footnotes],
  ] as const) {
    for (const [i, chars] of list.entries()) {
      if (chars > IMPORT_LIMITS.textChars) {
        overLimit(
          'textChars',
          where,
          `${kind} ${i + 1} has ${count(chars)} characters, more than the ${count(IMPORT_LIMITS.textChars)} Session Desk reads in one ${kind}`,
        );
      }
      total += chars;
    }
  }
  if (total > IMPORT_LIMITS.documentChars) {
    overLimit(
      'documentChars',
      where,
      `the document has ${count(total)} characters, more than the ${count(IMPORT_LIMITS.documentChars)} Session Desk reads in one document`,
    );
  }
}

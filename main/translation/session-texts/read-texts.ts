import { fail, issuesFromZod } from '../../../shared/api/errors';
import type { BlockNode } from '../../../shared/content/schema';
import { RichTextSchema } from '../../../shared/content/rich-text';
import { isRichKey, keyInCell, type ReceivedText } from '../../../shared/translation/session-texts';
import { BodyReader } from '../../word-reader/body-reader';
import type { ImportWarningCode } from '../../word-reader/import-warnings';
import { openReaders, readerTotals } from '../../word-reader/read-docx';
import { elements, isW } from '../../word-reader/xml';

export interface ReadSessionTexts {
  /** Each row of the file's tables whose first cell holds text, in order: its key and what the second cell says. */
  texts: ReceivedText[];
  warnings: ImportWarningCode[];
  stats: { paragraphs: number; footnotes: number; notes: number; links: number; tables: number };
}

const wChildren = (parent: Element, name: string) =>
  Array.from(elements(parent)).filter((e) => isW(e) && e.localName === name);

const inlineText = (blocks: readonly BlockNode[]): string =>
  blocks
    .flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? (b.content ?? []) : []))
    .map((i) => (i.type === 'text' ? i.text : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads a translator's session-texts file (main/translation/session-texts/texts-docx.ts) with the
 * documents' DOCX reader: the paragraphs, lists, footnotes and comments of each text cell as the
 * reader reads a document's body. Rows are taken by their key, not their place, so a row the
 * translator moved still maps back; whether the keys are the ones sent is for the comparison.
 */
export function readSessionTexts(bytes: Buffer): ReadSessionTexts {
  const readers = openReaders(bytes);
  const texts: ReceivedText[] = [];
  let tables = 0;
  for (const table of wChildren(readers.body, 'tbl')) {
    tables += 1;
    for (const row of wChildren(table, 'tr')) {
      const [keyCell, textCell] = wChildren(row, 'tc');
      const key = keyInCell(keyCell?.textContent ?? '');
      if (!key || !textCell) continue;
      const cell = new BodyReader(readers.styles, readers.numbering, readers.reader, readers.warnings);
      cell.blocks(textCell);
      const blocks = cell.builder.blocks;
      if (!isRichKey(key)) {
        texts.push({ key, text: inlineText(blocks) });
        continue;
      }
      const doc = RichTextSchema.safeParse({ type: 'doc', content: blocks });
      if (!doc.success) {
        fail(
          'bad_file',
          issuesFromZod(doc.error)
            .slice(0, 5)
            .map((i) => ({ path: `file.${key}`, message: `${key}: ${i.message}` })),
        );
      }
      texts.push({ key, doc: doc.data });
    }
  }
  if (tables === 0) fail('bad_file', [{ path: 'file', message: 'the file holds no table of session texts' }]);
  const { warnings, ...totals } = readerTotals(readers);
  return { texts, warnings, stats: { paragraphs: texts.length, ...totals, tables } };
}

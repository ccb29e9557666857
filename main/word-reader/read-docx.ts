import type { StoredContent } from '../../shared/content/schema';
import { BodyReader } from './body-reader';
import { readComments } from './comments';
import { Footnotes } from './footnotes';
import type { ImportWarningCode } from './import-warnings';
import { InlineReader } from './inline-reader';
import { Numbering } from './numbering';
import { documentBody, openDocx } from './open-docx';
import { byType, relationships } from './relationships';
import { storedContent } from './stored-content';
import { Styles } from './styles';

export interface ReadDocument {
  content: StoredContent;
  /** The text of the control-number paragraph, '' when none. */
  controlNumber: string;
  /** The texts of the guiding-question paragraphs, in order. */
  questions: string[];
  /** What came in differently from the file (a table flattened, an image left out…). */
  warnings: ImportWarningCode[];
  stats: { paragraphs: number; footnotes: number; notes: number; links: number; tables: number };
}

/** An opened DOCX with the readers of its parts: what a reader of a whole document or of a table of texts needs. */
export interface DocxReaders {
  main: string;
  body: Element;
  styles: Styles;
  numbering: Numbering;
  /** The body's inline reader (footnotes and comments resolved through the shared parts). */
  reader: InlineReader;
  footnotes: Footnotes;
  warnings: Set<ImportWarningCode>;
}

/** Opens a DOCX and makes its readers; refuses (bad_file, with where and why) anything it cannot read safely. */
export function openReaders(bytes: Buffer): DocxReaders {
  const { pkg, main } = openDocx(bytes);
  const doc = pkg.xml(main)!;
  const rels = relationships(pkg, main);
  const styles = new Styles(pkg.xml(byType(rels, 'styles') ?? 'word/styles.xml'));
  const numbering = new Numbering(pkg.xml(byType(rels, 'numbering') ?? 'word/numbering.xml'));
  const body = documentBody(doc, main);
  const comments = readComments(pkg, rels);
  const warnings = new Set<ImportWarningCode>();
  const noteIds = new Map<string, string>();
  const footnotes = new Footnotes(pkg, rels, styles, comments, noteIds, warnings);
  const reader = new InlineReader(styles, comments, rels, footnotes.read, noteIds);
  return { main, body, styles, numbering, reader, footnotes, warnings };
}

/** Once the body is read: every reader's warnings, and the footnotes, notes and links read. */
export function readerTotals(r: DocxReaders): {
  warnings: ImportWarningCode[];
  footnotes: number;
  notes: number;
  links: number;
} {
  // the body's warnings, then the footnotes' and the endnotes' in the order their readers were made
  const readers = [r.reader, ...r.footnotes.readers.values()];
  for (const each of readers) for (const w of each.warnings) r.warnings.add(w);
  return {
    warnings: [...r.warnings],
    footnotes: r.footnotes.count,
    notes: readers.reduce((sum, each) => sum + each.notes.count, 0),
    links: readers.reduce((sum, each) => sum + each.links, 0),
  };
}

/** Reads a DOCX; refuses (bad_file, with where and why) anything it cannot read safely. */
export function readDocx(bytes: Buffer): ReadDocument {
  const readers = openReaders(bytes);
  const bodyReader = new BodyReader(readers.styles, readers.numbering, readers.reader, readers.warnings);
  bodyReader.blocks(readers.body);
  const { warnings, ...totals } = readerTotals(readers);
  return {
    content: storedContent(bodyReader.titleBlock.fields, bodyReader.builder.blocks, readers.main),
    controlNumber: bodyReader.titleBlock.controlNumber,
    questions: bodyReader.questions,
    warnings,
    stats: { paragraphs: bodyReader.paragraphNumber, ...totals, tables: bodyReader.tables },
  };
}

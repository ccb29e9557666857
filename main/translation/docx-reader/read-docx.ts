import type { StoredContent } from '../../../shared/documents/schema';
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

/** Reads a DOCX; refuses (bad_file, with where and why) anything it cannot read safely. */
export function readDocx(bytes: Buffer): ReadDocument {
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
  const bodyReader = new BodyReader(styles, numbering, reader, warnings);
  bodyReader.blocks(body);

  // the body's warnings, then the footnotes' and the endnotes' in the order their readers were made
  const readers = [reader, ...footnotes.readers.values()];
  for (const r of readers) for (const w of r.warnings) warnings.add(w);

  return {
    content: storedContent(bodyReader.titleBlock.fields, bodyReader.builder.blocks, main),
    controlNumber: bodyReader.titleBlock.controlNumber,
    questions: bodyReader.questions,
    warnings: [...warnings],
    stats: {
      paragraphs: bodyReader.paragraphNumber,
      footnotes: footnotes.count,
      notes: readers.reduce((sum, r) => sum + r.notes.count, 0),
      links: readers.reduce((sum, r) => sum + r.links, 0),
      tables: bodyReader.tables,
    },
  };
}

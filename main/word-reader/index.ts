/*
 * Reads a Word document (.docx) into the app's stored content, with jszip's distrustful sibling
 * (main/session-files/zip-reader.ts: sizes capped, bombs stopped) and @xmldom/xmldom for the XML.
 * mammoth was the other candidate; it flattens a document to HTML and drops comments, the
 * footnote numbering and the style names we key on, so we read the WordprocessingML ourselves:
 *
 * - paragraphs by their style (named styles first, as our exports and pandoc write them; Word's
 *   built-in "Heading 1-3", "Title", "Subtitle", "Quote"; outline levels as a fallback);
 * - lists from numbering (w:numPr on the paragraph or its style; bullet or ordered by numFmt);
 * - runs: bold/italic from character styles (Strong, Emphasis) or direct formatting; links from
 *   w:hyperlink (external relationships) and HYPERLINK fields; tabs and line breaks become spaces
 *   (a paragraph is one paragraph for translation tools);
 * - footnotes (and endnotes, as footnotes) in the order of their references;
 * - Word comments become notes to the translator on the text they span; a point comment (no
 *   range) goes on the text before it, or on a footnote's text when it says "Footnote N: …" (how
 *   the export writes a note that sits in a footnote);
 * - the OAS header block table is left out (the app prints it); other tables come in as their
 *   cells' paragraphs, with a warning (the document schema has no tables);
 * - the title block, control number and guiding questions by our export's styles.
 *
 * Everything it refuses, it refuses with `bad_file` and a message that says where.
 */

export { parseDocumentDate } from './document-date';
export { IMPORT_WARNINGS, type ImportWarningCode } from './import-warnings';
export { DOCX_LIMITS } from './limits';
export { readDocx, type ReadDocument } from './read-docx';

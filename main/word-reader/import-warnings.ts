/** What came in differently from the file: a code for the screens' texts, and the same in English. */
export const IMPORT_WARNINGS = {
  tables_flattened: 'tables came in as their cells’ paragraphs, row by row',
  line_breaks: 'line breaks inside paragraphs became spaces',
  drawings_left_out: 'drawings and text boxes were left out',
  endnotes_as_footnotes: 'endnotes came in as footnotes',
  footnote_without_text: 'a footnote reference points to no footnote text; it was left out',
  links_dropped: 'links other than http, https and mailto (file:, ftp:…) came in as plain text',
} as const;
export type ImportWarningCode = keyof typeof IMPORT_WARNINGS;

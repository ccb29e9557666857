/** Strings of the side-by-side view of an original and a translation, English. */
export const sideBySideUi = {
  heading: '{{document}}: {{original}} and {{translation}}, side by side',
  intro:
    'Each row holds a passage of the original beside the same passage of the translation, then the footnotes in order. Click a cell, or press Enter on it, to change its words, bold, italic and links; Escape closes it. Paragraphs and footnotes are added or removed in the editor of each version.',
  openInEditor: 'Open the {{language}} version in the editor',
  noText: 'This version has no text yet: receive the translation or write it in the editor first.',
  notFound: 'This document has no such translation.',
  where: 'Passage',
  originalColumn: '{{language}} (original)',
  paragraph: 'Paragraph {{number}}',
  footnote: 'Footnote {{number}}',
  none: 'Not in this version.',
  edit: 'Edit: {{what}}',
  tools: 'Formatting of the cell',
  done: 'Done',
  emptyRefused:
    'A passage or a footnote cannot be left empty here: remove it in the editor of its version. The last change was not saved.',
  invalid: 'This change cannot be saved: {{reason}}',
};

export type SideBySideUiMessages = typeof sideBySideUi;

import type { LimitName } from '../../../content/import-limits';

/** Why a file was refused for a limit (the issue path `limit.<name>` of an over_limit error), English. */
export const importLimitsUi = {
  paragraphs: 'The document has more than {{limit}} paragraphs.',
  footnotes: 'The document has more than {{limit}} footnotes and endnotes.',
  textChars: 'A paragraph or a footnote has more than {{limit}} characters.',
  documentChars: 'The document has more than {{limit}} characters in all.',
  xmlDepth: 'The file’s structure is nested more than {{limit}} levels deep.',
  jsonDepth: 'The file’s data is nested more than {{limit}} levels deep.',
  xmlElements: 'A part of the file has more than {{limit}} elements.',
  partBytes: 'A part of the file is too large once unpacked.',
  unpackedBytes: 'The file is too large once unpacked.',
  fileBytes: 'The file is too large.',
  entries: 'The file holds too many parts.',
  time: 'Reading the file took too long.',
  memory: 'Reading the file needed too much memory.',
} satisfies Record<LimitName, string>;
export type ImportLimitsUiMessages = typeof importLimitsUi;

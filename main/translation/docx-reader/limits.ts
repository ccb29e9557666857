import type { ZipLimits } from '../../safety/zip-reader';

export const DOCX_LIMITS = {
  /** The file itself. */
  fileBytes: 20 * 1024 * 1024,
  zip: { maxEntries: 2_000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 160 * 1024 * 1024 } satisfies ZipLimits,
  /**
   * Paragraphs (w:p) in the body, table cells and empty ones included. A 100-page paper has about
   * 1,000; 5,000 leaves room for a long report and refuses a generated or damaged file early.
   */
  paragraphs: 5_000,
  footnotes: 2_000,
} as const;

import { IMPORT_LIMITS } from '../../shared/content/import-limits';
import type { ZipLimits } from '../session-files/zip-reader';

/** A Word document's limits (shared/content/import-limits.ts says how they were chosen). */
export const DOCX_LIMITS = {
  /** The file itself (pictures included). */
  fileBytes: 20 * 1024 * 1024,
  zip: {
    maxEntries: 2_000,
    maxEntryBytes: IMPORT_LIMITS.partBytes,
    maxTotalBytes: IMPORT_LIMITS.unpackedBytes,
  } satisfies ZipLimits,
  paragraphs: IMPORT_LIMITS.paragraphs,
  footnotes: IMPORT_LIMITS.footnotes,
} as const;

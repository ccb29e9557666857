import type { OutputOf } from '../../../../shared/api/contract';
import { useFlushedQuery } from '../use-flushed-query';

export type LanguageVersions = OutputOf<'translation.versions'>;

/** A document's four versions, loaded after pending edits land (see useFlushedQuery). */
export const useLanguageVersions = (documentId: string) =>
  useFlushedQuery('translation.versions', { documentId }, documentId);

import { useEffect, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { DocumentVersion } from '../../shared/domain/document';
import { useApi } from '../api/api-context';
import { toApiError } from '../api/api-error';
import { useSaveQueue } from '../saving/save-context';

export type VersionsState =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; versions: DocumentVersion[] };

/** A document's stored language versions, read after every pending edit has been saved (never older than the last). */
export function useDocumentVersions(documentId: string): VersionsState {
  const api = useApi();
  const queue = useSaveQueue();
  const [state, setState] = useState<VersionsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void queue
      .flush()
      .then(() => api.call('documentVersions.list', { documentId }))
      .then(
        (versions) => live && setState({ status: 'ready', versions }),
        (error: unknown) => live && setState({ status: 'error', error: toApiError(error) }),
      );
    return () => {
      live = false;
    };
  }, [api, queue, documentId]);
  return state;
}

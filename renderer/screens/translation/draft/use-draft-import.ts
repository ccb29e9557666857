import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadInput } from '../../../../shared/api/client';
import type { OutputOf } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/errors';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { useSaveQueue } from '../../../saving/save-context';

export type DraftImportState =
  | { step: 'idle' }
  | { step: 'importing' }
  | { step: 'done'; result: OutputOf<'translation.importDraft'> }
  | { step: 'refused'; error: ApiError };

/** Brings a Word draft in (a new document, or the original of one), pending edits first; says how it went. */
export function useDraftImport(onImported: (result: OutputOf<'translation.importDraft'>) => void) {
  const { t } = useTranslation();
  const api = useApi();
  const queue = useSaveQueue();
  const [state, setState] = useState<DraftImportState>({ step: 'idle' });
  async function run(input: UploadInput<'translation.importDraft'>, file: Blob) {
    setState({ step: 'importing' });
    try {
      await queue.flush();
      const result = await api.upload('translation.importDraft', input, file);
      setState({ step: 'done', result });
      onImported(result);
    } catch (failure) {
      setState({ step: 'refused', error: toApiError(failure) });
    }
  }
  const importing = state.step === 'importing';
  /** What the file picker of a draft shows and does while it imports and when the file is refused before sending. */
  const picker = {
    label: importing ? t('translation.draft.importing') : t('translation.draft.choose'),
    disabled: importing,
    onRefused: (error: ApiError) => setState({ step: 'refused', error }),
  };
  return { state, run, picker };
}

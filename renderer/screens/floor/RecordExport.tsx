import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { toApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLanguage } from '../../i18n/use-language';
import { onlyFile } from '../details/export-file';

/** "Export the record (Word)": the record of the floor so far as DOCX, in the interface's language. */
export function RecordExport({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function exportRecord() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const file = onlyFile(await api.deliver('floor.record.docx', { sessionId, language }));
      if (file.outcome !== 'cancelled') {
        setDone(t(file.outcome === 'saved' ? 'exports.saved' : 'exports.downloaded', { fileName: file.fileName }));
      }
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="floor-record-export">
      <button
        type="button"
        className="button"
        data-testid="floor-export-record"
        disabled={busy}
        onClick={() => void exportRecord()}
      >
        {t('floor.exportRecord')}
      </button>
      <p className="muted">{t('floor.exportRecordHint')}</p>
      {done && (
        <p role="status" data-testid="floor-export-done">
          {done}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

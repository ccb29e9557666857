import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { VersionStatus } from '../../../../shared/domain/document';
import type { Language } from '../../../../shared/domain/languages';
import { enumLabelKey, languageNameKey } from '../../../../shared/i18n/enum-labels';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSaveQueue } from '../../../saving/save-context';

/** The statuses a translation moves through once it is back: the user's to set, main records the rest. */
export const REVIEW_STATUSES = ['received', 'revised', 'final'] as const satisfies readonly VersionStatus[];

/** Moves a received translation to revised or final (and back). */
export function StatusControl({
  versionId,
  documentId,
  language,
  status,
  onChanged,
}: {
  versionId: string;
  documentId: string;
  language: Language;
  status: (typeof REVIEW_STATUSES)[number];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queue = useSaveQueue();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const languageName = t(languageNameKey(language));

  async function change(next: VersionStatus) {
    setBusy(true);
    setError(null);
    try {
      await queue.run(`documentVersions:${documentId}`, () =>
        api.call('documentVersions.update', { id: versionId, patch: { status: next } }),
      );
      onChanged();
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="status-control">
      <label htmlFor={id} className="visually-hidden">
        {t('translation.statusFor', { language: languageName })}
      </label>
      <select
        id={id}
        value={status}
        disabled={busy}
        data-testid={`status-${language}`}
        onChange={(e) => void change(e.target.value as VersionStatus)}
      >
        {REVIEW_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(enumLabelKey('versionStatus', s))}
          </option>
        ))}
      </select>
      {error && <ErrorNotice error={error} withTitle={false} />}
    </span>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/errors';
import type { StorageStatus } from '../../shared/api/storage-procedures';
import { toApiError } from '../api/api-error';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../components/ErrorNotice';
import { useLanguage } from '../i18n/use-language';
import { formatInstant } from '../components/browser-files';

/** How often the notices ask main again: a backup is tried at most every minute. */
const POLL_MS = 30_000;

/**
 * What the user must know about the database itself, under the header of every screen: it is
 * read-only (with the way out: a writable copy), or automatic backups are failing and why.
 */
export function StorageNotices() {
  const status = useApiQuery('storage.status', {});
  const { reload } = status;
  useEffect(() => {
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const [copied, setCopied] = useState<string | null>(null);
  if (status.state.status !== 'success' && !copied) return null;
  const data = status.state.status === 'success' ? status.state.data : null;
  return (
    <div className="storage-notices">
      {copied && (
        <div className="notice notice--info" role="status" data-testid="writable-copy-made">
          <CopiedText file={copied} onDismiss={() => setCopied(null)} />
        </div>
      )}
      {data?.readOnly && <ReadOnlyNotice onCopied={(file) => (setCopied(file), reload())} />}
      {data?.backups.failure && <BackupFailureNotice backups={data.backups} />}
    </div>
  );
}

function CopiedText({ file, onDismiss }: { file: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <p>
      {t('safety.readOnly.copied', { file })}{' '}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </p>
  );
}

function ReadOnlyNotice({ onCopied }: { onCopied: (file: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function openCopy() {
    setBusy(true);
    setError(null);
    try {
      const { file } = await api.call('storage.openWritableCopy', {});
      if (file) onCopied(file);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="notice notice--warning" role="alert" data-testid="read-only-notice">
      <p className="notice__title">{t('safety.readOnly.title')}</p>
      <p>{t('safety.readOnly.body')}</p>
      <button type="button" className="button button--primary" onClick={openCopy} disabled={busy}>
        {busy ? t('safety.readOnly.opening') : t('safety.readOnly.openCopy')}
      </button>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

function BackupFailureNotice({ backups }: { backups: StorageStatus['backups'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const failure = backups.failure!;
  const reason = t(`safety.backupFailed.reasons.${failure.code}`);
  return (
    <div className="notice notice--warning" role="alert" data-testid="backup-failed-notice" data-code={failure.code}>
      <p className="notice__title">{t('safety.backupFailed.title')}</p>
      <p>
        {backups.count === 0
          ? t('safety.backupFailed.none', { reason })
          : t('safety.backupFailed.body', { reason, date: formatInstant(failure.at, lang) })}
      </p>
    </div>
  );
}

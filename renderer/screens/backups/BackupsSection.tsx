import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { BackupInfo } from '../../../shared/api/safety-procedures';
import { toApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useLanguage } from '../../i18n/use-language';
import { useSaveQueue } from '../../saving/save-context';
import { formatInstant, formatSize } from '../../components/browser-files';

type Done = { kind: 'made'; backup: BackupInfo } | { kind: 'restored'; backup: BackupInfo };

/** The backups beside the database, newest first: make one now, or go back to one. */
export function BackupsSection({ onRestored }: { onRestored: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const queue = useSaveQueue();
  const list = useApiQuery('backups.list', {});
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const restoreButtons = useRef(new Map<string, HTMLButtonElement>());

  const when = (backup: BackupInfo) => formatInstant(backup.createdAt, lang);
  const backups =
    list.state.status === 'success'
      ? [...list.state.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      : null;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (done?.kind === 'restored') doneRef.current?.focus();
  }, [done]);

  async function backUpNow() {
    setBusy('backup');
    setError(null);
    setDone(null);
    try {
      await queue.flush();
      const backup = await api.call('backups.create', {});
      setDone({ kind: 'made', backup });
      list.reload();
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(null);
    }
  }

  async function restore(backup: BackupInfo) {
    setBusy('restore');
    setError(null);
    setDone(null);
    try {
      // What is still on its way belongs to the data being replaced: store it first, so that the
      // backup made before the restore holds it.
      await queue.flush();
      await api.call('backups.restore', { backupId: backup.id });
      setConfirming(null);
      setDone({ kind: 'restored', backup });
      list.reload();
      onRestored();
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(null);
    }
  }

  function cancel(id: string) {
    setConfirming(null);
    restoreButtons.current.get(id)?.focus();
  }

  return (
    <section className="section" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.backupsTitle')}</h2>
      <p>{t('backups.backupsIntro')}</p>
      <p>
        <button
          type="button"
          className="button button--primary"
          data-testid="backup-now"
          disabled={busy !== null}
          onClick={() => void backUpNow()}
        >
          {busy === 'backup' ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </p>
      <div aria-live="polite">
        {done?.kind === 'made' && (
          <div className="notice notice--info" data-testid="backup-made">
            <p>{t('backups.made', { date: when(done.backup) })}</p>
          </div>
        )}
        {done?.kind === 'restored' && (
          <div className="notice notice--info" data-testid="backup-restored" tabIndex={-1} ref={doneRef}>
            <p>{t('backups.restored', { date: when(done.backup) })}</p>
          </div>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
      {list.state.status === 'error' && <ErrorNotice error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'loading' && <Loading />}
      {backups && backups.length === 0 && (
        <p className="empty-hint" data-testid="backups-empty">
          {t('backups.empty')}
        </p>
      )}
      {backups && backups.length > 0 && (
        <div className="table-wrap">
          <table className="data-table backups-table" data-testid="backups-table">
            <caption className="visually-hidden">{t('backups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backups.columns.createdAt')}</th>
                <th scope="col">{t('backups.columns.reason')}</th>
                <th scope="col" className="num">
                  {t('backups.columns.size')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <Fragment key={backup.id}>
                  <tr data-testid="backup-row" data-reason={backup.reason}>
                    <th scope="row" className="backups-table__when">
                      <time dateTime={backup.createdAt}>{when(backup)}</time>
                    </th>
                    <td>{t(`backups.reasons.${backup.reason}`)}</td>
                    <td className="num nowrap">{formatSize(backup.sizeBytes, lang)}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('backups.restoreLabel', { date: when(backup) })}
                        aria-expanded={confirming === backup.id}
                        disabled={busy !== null}
                        ref={(element) => {
                          if (element) restoreButtons.current.set(backup.id, element);
                          else restoreButtons.current.delete(backup.id);
                        }}
                        onClick={() => setConfirming(confirming === backup.id ? null : backup.id)}
                      >
                        {t('backups.restore')}
                      </button>
                    </td>
                  </tr>
                  {confirming === backup.id && (
                    <tr className="backups-table__confirm">
                      <td colSpan={4}>
                        <div
                          className="notice notice--warning"
                          role="group"
                          aria-labelledby={`confirm-${backup.id}`}
                          tabIndex={-1}
                          ref={confirmRef}
                          data-testid="restore-confirm"
                          onKeyDown={(e) => {
                            if (e.key === 'Escape' && busy === null) cancel(backup.id);
                          }}
                        >
                          <p className="notice__title" id={`confirm-${backup.id}`}>
                            {t('backups.confirmTitle', { date: when(backup) })}
                          </p>
                          <p>{t('backups.confirmBody')}</p>
                          <div className="confirm">
                            <button
                              type="button"
                              className="button button--danger"
                              data-testid="restore-yes"
                              disabled={busy !== null}
                              onClick={() => void restore(backup)}
                            >
                              {busy === 'restore' ? t('backups.restoring') : t('backups.yesRestore')}
                            </button>
                            <button
                              type="button"
                              className="button"
                              disabled={busy !== null}
                              onClick={() => cancel(backup.id)}
                            >
                              {t('common.cancel')}
                            </button>
                          </div>
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

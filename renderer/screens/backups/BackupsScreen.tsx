import { useTranslation } from 'react-i18next';
import './backups.css';
import { useApiQuery } from '../../api/use-api-query';
import { useDocumentTitle } from '../../components/use-document-title';
import { BackupsSection } from './BackupsSection';
import { SessionFilesSection } from './SessionFilesSection';

/** Backups (make one now, restore one) and session files (export one session, import one). */
export function BackupsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('backups.title'));
  const sessions = useApiQuery('sessions.list', {});
  return (
    <div className="screen backups">
      <h1>{t('backups.title')}</h1>
      <p className="lead">{t('backups.intro')}</p>
      {/* A restore replaces every session: the session files below show the restored ones. */}
      <BackupsSection onRestored={sessions.reload} />
      <SessionFilesSection sessions={sessions.state} reloadSessions={sessions.reload} />
    </div>
  );
}

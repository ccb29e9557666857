import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { backupsHref } from '../../routing/routes';
import { formatInstant } from '../../components/browser-files';
import type { DeletedSession } from './DeleteSession';

/**
 * Says that the session is gone and which backup holds it, as the Backups screen lists it (its time and reason),
 * with the way there. Focus comes here: the row the user was on no longer exists.
 */
export function DeletedNotice({ deleted }: { deleted: DeletedSession }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [deleted]);
  const backup = `${formatInstant(deleted.backup.createdAt, lang)} · ${t(`backups.reasons.${deleted.backup.reason}`)}`;
  return (
    <div ref={ref} tabIndex={-1} className="notice notice--info" role="status" data-testid="session-deleted">
      <p>{t('forms.deleteSession.done', { title: deleted.title, backup })}</p>
      <a href={backupsHref()}>{t('forms.deleteSession.toBackups')}</a>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { sessionsHref } from '../routing/routes';

/** The way back from a session's screens to the list of sessions. */
export function SessionBreadcrumb() {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
      <a href={sessionsHref()}>
        <span aria-hidden="true">← </span>
        {t('nav.sessions')}
      </a>
    </nav>
  );
}

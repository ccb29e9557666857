import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { backupsHref, registryHref, sessionsHref } from '../routing/routes';
import { SaveIndicator } from '../saving/SaveIndicator';
import { useRoute } from '../routing/use-route';
import { ArchiveSearch } from '../search/ArchiveSearch';

/** The band at the top of every screen: the app's name, the main navigation and the language switcher. */
export function AppHeader() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="app-header__brand" href={sessionsHref()}>
          <span className="app-header__name">{t('app.name')}</span>
          <span className="app-header__subtitle">{t('app.subtitle')}</span>
        </a>
        <nav className="app-header__nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <a href={sessionsHref()} aria-current={route.name === 'sessions' ? 'page' : undefined}>
                {t('nav.sessions')}
              </a>
            </li>
            <li>
              <a href={registryHref()} aria-current={route.name === 'registry' ? 'page' : undefined}>
                {t('nav.registry')}
              </a>
            </li>
            <li>
              <a href={backupsHref()} aria-current={route.name === 'backups' ? 'page' : undefined}>
                {t('nav.backups')}
              </a>
            </li>
          </ul>
        </nav>
        <ArchiveSearch />
        <SaveIndicator />
        <LanguageSwitcher />
      </div>
    </header>
  );
}

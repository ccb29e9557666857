import { useTranslation } from 'react-i18next';
import { sessionHref, SESSION_TABS, type SessionTab } from '../routing/routes';

/** The screens of one session, as tabs (links: each has its address). */
export function SessionTabs({ id, tab }: { id: string; tab: SessionTab }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('sessionTabs.label')}>
      <ul>
        {SESSION_TABS.map((name) => (
          <li key={name}>
            <a
              href={sessionHref(id, name)}
              aria-current={name === tab ? 'page' : undefined}
              data-testid={`tab-${name}`}
            >
              {t(`sessionTabs.${name}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

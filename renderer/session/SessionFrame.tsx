import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../shared/domain/languages';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { useDocumentTitle } from '../components/use-document-title';
import { useLanguage } from '../i18n/use-language';
import { sessionHref, sessionsHref, SESSION_TABS, type SessionTab } from '../routing/routes';
import { useSessionData, type SessionData } from './use-session-data';

export interface SessionContext {
  data: SessionData;
  mutate: (change: (data: SessionData) => SessionData) => void;
  reload: () => void;
}

/** The frame of a session's screens: breadcrumb, the session's title, the tabs, then the screen. */
export function SessionFrame({
  id,
  tab,
  children,
}: {
  id: string;
  tab: SessionTab;
  children: (context: SessionContext) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { state, mutate, reload } = useSessionData(id);
  const title = state.status === 'ready' ? pickLocalized(state.data.session.title, lang) : '';
  const tabLabel = t(`sessionTabs.${tab}`);
  useDocumentTitle(title ? `${tabLabel} – ${title}` : tabLabel);
  return (
    <div className={`screen session-screen session-screen--${tab}`}>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <a href={sessionsHref()}>
          <span aria-hidden="true">← </span>
          {t('nav.sessions')}
        </a>
      </nav>
      <p className="session-screen__title" data-testid="session-title">
        {title || t('sessionList.untitled')}
      </p>
      <SessionTabs id={id} tab={tab} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <>
          <h1>{t('overview.unavailable')}</h1>
          <ErrorNotice
            error={state.error}
            withTitle={false}
            onRetry={state.error.code === 'not_found' ? undefined : reload}
          />
        </>
      )}
      {state.status === 'ready' && children({ data: state.data, mutate, reload })}
    </div>
  );
}

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

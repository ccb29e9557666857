import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../shared/domain/languages';
import { useDocumentTitle } from '../components/use-document-title';
import { useLanguage } from '../i18n/use-language';
import type { SessionTab } from '../routing/routes';
import { SessionBreadcrumb } from './SessionBreadcrumb';
import { SessionLoadState } from './SessionLoadState';
import { SessionTabs } from './SessionTabs';
import { useSessionData, type SessionData } from './use-session-data';
import './session-frame.css';

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
      <SessionBreadcrumb />
      <p className="session-screen__title" data-testid="session-title">
        {title || t('sessionList.untitled')}
      </p>
      <SessionTabs id={id} tab={tab} />
      <SessionLoadState state={state} reload={reload} />
      {state.status === 'ready' && children({ data: state.data, mutate, reload })}
    </div>
  );
}

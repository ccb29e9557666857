import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLanguage } from '../../i18n/use-language';
import { EmptySessions } from './EmptySessions';
import { NewSessionButton } from './NewSessionButton';
import { sessionRows } from './session-rows';
import type { DeletedSession } from './DeleteSession';
import { DeletedNotice } from './DeletedNotice';
import { SessionTable } from './SessionTable';
import './session-list.css';

/** Every session, newest first, with its date, body, status and modality; the demo session when there is none. */
export function SessionListScreen() {
  const { t } = useTranslation();
  const lang = useLanguage();
  useDocumentTitle(t('sessionList.title'));
  const sessions = useApiQuery('sessions.list', {});
  const bodies = useApiQuery('bodies.list', {});
  const [deleted, setDeleted] = useState<DeletedSession | null>(null);

  const isEmpty = sessions.state.status === 'success' && sessions.state.data.length === 0;
  let content;
  if (sessions.state.status === 'error' || bodies.state.status === 'error') {
    const error =
      sessions.state.status === 'error'
        ? sessions.state.error
        : bodies.state.status === 'error'
          ? bodies.state.error
          : null;
    content = error && (
      <ErrorNotice
        error={error}
        onRetry={() => {
          sessions.reload();
          bodies.reload();
        }}
      />
    );
  } else if (sessions.state.status === 'loading' || bodies.state.status === 'loading') {
    content = <Loading />;
  } else if (sessions.state.data.length === 0) {
    content = <EmptySessions />;
  } else {
    content = (
      <SessionTable
        rows={sessionRows(sessions.state.data, bodies.state.data, lang)}
        onDeleted={(session) => {
          setDeleted(session);
          sessions.reload();
        }}
      />
    );
  }

  return (
    <div className="screen session-list">
      <div className="screen__heading">
        <h1>{t('sessionList.title')}</h1>
        {!isEmpty && <p className="lead">{t('sessionList.intro')}</p>}
        {!isEmpty && <NewSessionButton />}
      </div>
      {deleted && <DeletedNotice deleted={deleted} />}
      {content}
    </div>
  );
}

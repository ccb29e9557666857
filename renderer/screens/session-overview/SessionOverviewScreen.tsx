import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLanguage } from '../../i18n/use-language';
import { sessionsHref } from '../../routing/routes';
import { AgendaSection } from './AgendaSection';
import { DocumentsSection } from './DocumentsSection';
import { buildOverviewModel } from './overview-model';
import { QuestionsSection } from './QuestionsSection';
import { SessionHeader } from './SessionHeader';
import { SessionTabs } from '../../session/SessionFrame';

/** One session at a glance: its facts, its order of business with times and speakers, its questions and documents. */
export function SessionOverviewScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { state, reload } = useApiQuery('sessions.overview', { id });
  const model = state.status === 'success' ? buildOverviewModel(state.data, lang) : null;
  useDocumentTitle(model?.title.text || t('nav.sessions'));

  return (
    <div className="screen session-overview">
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <a href={sessionsHref()}>
          <span aria-hidden="true">← </span>
          {t('nav.sessions')}
        </a>
      </nav>
      <SessionTabs id={id} tab="overview" />
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
      {model && (
        <>
          <SessionHeader model={model} />
          <AgendaSection model={model} />
          <QuestionsSection questions={model.questions} />
          <DocumentsSection documents={model.documents} />
        </>
      )}
    </div>
  );
}

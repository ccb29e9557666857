import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLanguage } from '../../i18n/use-language';
import { AgendaSection } from './AgendaSection';
import { DocumentsSection } from './DocumentsSection';
import { buildOverviewModel } from './overview-model';
import { QuestionsSection } from './QuestionsSection';
import { SessionHeader } from './SessionHeader';
import { StartFromSession } from './StartFromSession';
import { PrintButton } from '../../components/PrintButton';
import { SessionBreadcrumb } from '../../session/SessionBreadcrumb';
import { SessionLoadState } from '../../session/SessionLoadState';
import { SessionTabs } from '../../session/SessionTabs';
import './session-overview.css';

/** One session at a glance: its facts, its order of business with times and speakers, its questions and documents. */
export function SessionOverviewScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { state, reload } = useApiQuery('sessions.overview', { id });
  const model = state.status === 'success' ? buildOverviewModel(state.data, lang) : null;
  useDocumentTitle(model?.title.text || t('nav.sessions'));

  return (
    <div className="screen session-overview">
      <SessionBreadcrumb />
      <SessionTabs id={id} tab="overview" />
      <SessionLoadState state={state} reload={reload} />
      {model && (
        <>
          <PrintButton />
          <SessionHeader model={model} />
          <StartFromSession sessionId={id} date={model.session.date} />
          <AgendaSection model={model} />
          <QuestionsSection questions={model.questions} />
          <DocumentsSection documents={model.documents} />
        </>
      )}
    </div>
  );
}

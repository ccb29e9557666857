import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/languages';
import { enumLabelKey, languageNameKey } from '../../../shared/i18n/enum-labels';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { sessionHref } from '../../routing/routes';
import { SessionFrame, type SessionContext } from '../../session/SessionFrame';
import { useDocumentVersions } from '../../session/use-document-versions';
import { BackLink } from '../../components/BackLink';
import { DocumentEditor } from './DocumentEditor';

/** One language version of a session's document, in the editor: title block, text, footnotes, notes to the translator. */
export function DocumentEditorScreen({ id, documentId, lang }: { id: string; documentId: string; lang: Language }) {
  return (
    <SessionFrame id={id} tab="details">
      {(context) => <VersionLoader context={context} documentId={documentId} lang={lang} />}
    </SessionFrame>
  );
}

function VersionLoader({ context, documentId, lang }: { context: SessionContext; documentId: string; lang: Language }) {
  const { t } = useTranslation();
  const state = useDocumentVersions(documentId);
  const version = state.status === 'ready' ? state.versions.find((v) => v.language === lang) : undefined;
  const doc = context.data.documents.find((d) => d.id === documentId);

  const kindLabel = doc ? t(enumLabelKey('documentKind', doc.kind)) : '';
  return (
    <>
      <BackLink href={sessionHref(context.data.session.id, 'details')}>{t('documentEditor.back')}</BackLink>
      <h1 data-testid="document-editor-heading">
        {t('documentEditor.heading', { document: kindLabel, language: t(languageNameKey(lang)) })}
      </h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && (!version || !doc) && (
        <p className="notice" role="alert">
          {t('documentEditor.notFound')}
        </p>
      )}
      {version && doc && <DocumentEditor version={version} questions={context.data.guidingQuestions} />}
    </>
  );
}

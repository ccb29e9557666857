import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { DocumentVersion } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import { enumLabelKey, languageNameKey } from '../../../shared/i18n/enum-labels';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { sessionHref } from '../../routing/routes';
import { useSaveQueue } from '../../saving/save-context';
import { SessionFrame, type SessionContext } from '../../session/SessionFrame';
import { DocumentEditor } from './DocumentEditor';

/** One language version of a session's document, in the editor: title block, text, footnotes, notes to the translator. */
export function DocumentEditorScreen({ id, documentId, lang }: { id: string; documentId: string; lang: Language }) {
  return (
    <SessionFrame id={id} tab="details">
      {(context) => <VersionLoader context={context} documentId={documentId} lang={lang} />}
    </SessionFrame>
  );
}

type VersionState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'missing' }
  | { status: 'ready'; version: DocumentVersion };

function VersionLoader({ context, documentId, lang }: { context: SessionContext; documentId: string; lang: Language }) {
  const { t } = useTranslation();
  const api = useApi();
  const queue = useSaveQueue();
  const [state, setState] = useState<VersionState>({ status: 'loading' });
  const doc = context.data.documents.find((d) => d.id === documentId);

  useEffect(() => {
    let live = true;
    void queue
      .flush()
      .then(() => api.call('documentVersions.list', { documentId }))
      .then(
        (versions) => {
          if (!live) return;
          const version = versions.find((v) => v.language === lang);
          setState(version ? { status: 'ready', version } : { status: 'missing' });
        },
        (error: unknown) => live && setState({ status: 'error', error: toApiError(error) }),
      );
    return () => {
      live = false;
    };
  }, [api, queue, documentId, lang]);

  const kindLabel = doc ? t(enumLabelKey('documentKind', doc.kind)) : '';
  return (
    <>
      <p className="document-editor__back">
        <a href={sessionHref(context.data.session.id, 'details')}>
          <span aria-hidden="true">← </span>
          {t('documentEditor.back')}
        </a>
      </p>
      <h1 data-testid="document-editor-heading">
        {t('documentEditor.heading', { document: kindLabel, language: t(languageNameKey(lang)) })}
      </h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {(state.status === 'missing' || (state.status === 'ready' && !doc)) && (
        <p className="notice" role="alert">
          {t('documentEditor.notFound')}
        </p>
      )}
      {state.status === 'ready' && doc && (
        <DocumentEditor version={state.version} questions={context.data.guidingQuestions} />
      )}
    </>
  );
}

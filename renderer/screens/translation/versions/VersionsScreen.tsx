import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/languages';
import { enumLabelKey, languageNameKey } from '../../../../shared/i18n/enum-labels';
import { useApi } from '../../../api/api-context';
import { sessionHref } from '../../../routing/routes';
import { SessionFrame, type SessionContext } from '../../../session/SessionFrame';
import { QueryStatus } from '../QueryStatus';
import { ImportOriginal } from '../draft/ImportOriginal';
import { ReceivePanel } from '../receive/ReceivePanel';
import { SendForm } from './SendForm';
import { useLanguageVersions, type LanguageVersions } from './use-language-versions';
import { VersionsTable } from './VersionsTable';
import { BackLink } from '../../../components/BackLink';
import '../translation.css';

/** A document's four language versions: their status and words, sending to translators and receiving from them. */
export function VersionsScreen({ id, documentId }: { id: string; documentId: string }) {
  return (
    <SessionFrame id={id} tab="details">
      {(context) => <Versions context={context} documentId={documentId} />}
    </SessionFrame>
  );
}

function Versions({ context, documentId }: { context: SessionContext; documentId: string }) {
  const { t } = useTranslation();
  const { state, refresh, replace } = useLanguageVersions(documentId);
  const sessionId = context.data.session.id;
  const doc = context.data.documents.find((d) => d.id === documentId);
  const kindLabel = doc ? t(enumLabelKey('documentKind', doc.kind)) : '';

  return (
    <>
      <BackLink href={sessionHref(sessionId, 'details')}>{t('translation.back')}</BackLink>
      <h1 data-testid="translation-heading">{t('translation.heading', { document: kindLabel })}</h1>
      <QueryStatus state={state} reload={refresh} />
      {state.status === 'success' && (
        <VersionsBody
          sessionId={sessionId}
          documentId={documentId}
          data={state.data}
          refresh={refresh}
          replace={replace}
        />
      )}
    </>
  );
}

function VersionsBody({
  sessionId,
  documentId,
  data,
  refresh,
  replace,
}: {
  sessionId: string;
  documentId: string;
  data: LanguageVersions;
  refresh: () => void;
  replace: (data: LanguageVersions) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [receiving, setReceiving] = useState<Language | null>(null);
  const [importedOriginal, setImportedOriginal] = useState(false);
  const original = data.versions.find((v) => v.isOriginal)!;
  return (
    <>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('translation.symbol')}</dt>
          <dd data-testid="translation-symbol">
            {data.symbol ? (
              <span className="symbol">{data.symbol}</span>
            ) : (
              <span className="muted">{t('translation.noSymbol')}</span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('translation.originalLanguage')}</dt>
          <dd data-testid="translation-original">{t(languageNameKey(data.originalLanguage))}</dd>
        </div>
      </dl>
      <section className="section" aria-labelledby="versions-title">
        <h2 id="versions-title">{t('translation.versionsTitle')}</h2>
        <VersionsTable
          sessionId={sessionId}
          documentId={documentId}
          versions={data.versions}
          receiving={receiving}
          onReceive={(language) => setReceiving((current) => (current === language ? null : language))}
          onChanged={refresh}
        />
      </section>
      {receiving && (
        <ReceivePanel
          key={receiving}
          target={{ kind: 'document', documentId }}
          language={receiving}
          onReceived={refresh}
          onClose={() => setReceiving(null)}
        />
      )}
      {(original.words === 0 || importedOriginal) && (
        <ImportOriginal
          sessionId={sessionId}
          documentId={documentId}
          language={data.originalLanguage}
          onImported={() => {
            setImportedOriginal(true);
            refresh();
          }}
        />
      )}
      <SendForm
        originalLanguage={data.originalLanguage}
        originalHasText={original.words > 0}
        send={async (request) => {
          const { answer, files } = await api.deliver('translation.send', {
            documentId,
            ...request,
            changesOnly: false,
          });
          replace(answer.versions);
          return files.map((f) => f.fileName);
        }}
      />
    </>
  );
}

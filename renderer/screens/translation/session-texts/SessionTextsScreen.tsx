import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionTextsStatus } from '../../../../shared/api/session-text-procedures';
import type { Language } from '../../../../shared/domain/languages';
import { languageNameKey } from '../../../../shared/i18n/enum-labels';
import { useApi } from '../../../api/api-context';
import { useLanguage } from '../../../i18n/use-language';
import { sessionHref } from '../../../routing/routes';
import { SessionFrame, type SessionContext } from '../../../session/SessionFrame';
import { QueryStatus } from '../QueryStatus';
import { ReceivePanel } from '../receive/ReceivePanel';
import { useFlushedQuery } from '../use-flushed-query';
import { SendForm } from '../versions/SendForm';
import { SessionTextsTable } from './SessionTextsTable';
import { BackLink } from '../../../components/BackLink';
import '../translation.css';

/**
 * The session's texts (title, items' titles and annotations, guiding questions) through translation,
 * as a document's versions screen does it: the status per language, "Send to translation" (one Word
 * file per language) and "Receive…" with the same report and decisions.
 */
export function SessionTextsScreen({ id }: { id: string }) {
  return (
    <SessionFrame id={id} tab="details">
      {(context) => <SessionTexts context={context} />}
    </SessionFrame>
  );
}

function SessionTexts({ context }: { context: SessionContext }) {
  const { t } = useTranslation();
  const sessionId = context.data.session.id;
  const { state, refresh, replace } = useFlushedQuery('translation.sessionTexts.status', { sessionId }, sessionId);
  return (
    <>
      <BackLink href={sessionHref(sessionId, 'details')}>{t('sessionTexts.back')}</BackLink>
      <h1 data-testid="session-texts-heading">{t('sessionTexts.heading')}</h1>
      <QueryStatus state={state} reload={refresh} />
      {state.status === 'success' && (
        <SessionTextsBody context={context} status={state.data} refresh={refresh} replace={replace} />
      )}
    </>
  );
}

function SessionTextsBody({
  context,
  status,
  refresh,
  replace,
}: {
  context: SessionContext;
  status: SessionTextsStatus;
  refresh: () => void;
  replace: (status: SessionTextsStatus) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const [receiving, setReceiving] = useState<Language | null>(null);
  const sessionId = context.data.session.id;
  // the frame shows the session's title: a received one must show at once
  const received = () => {
    refresh();
    void api.call('sessions.get', { id: sessionId }).then(
      (session) => context.mutate((data) => ({ ...data, session })),
      () => context.reload(),
    );
  };
  const original = t(languageNameKey(status.originalLanguage));
  return (
    <>
      <p className="field__hint" data-testid="session-texts-summary">
        {status.texts > 0
          ? t('sessionTexts.summary', {
              texts: status.texts,
              words: status.words.toLocaleString(lang),
              language: original,
            })
          : t('sessionTexts.noTexts', { language: original })}
      </p>
      <section className="section" aria-labelledby="session-texts-title">
        <h2 id="session-texts-title">{t('sessionTexts.detailsTitle')}</h2>
        <SessionTextsTable
          status={status}
          receiving={receiving}
          onReceive={(language) => setReceiving((current) => (current === language ? null : language))}
        />
      </section>
      {receiving && (
        <ReceivePanel
          key={receiving}
          target={{ kind: 'sessionTexts', sessionId }}
          language={receiving}
          onReceived={received}
          onClose={() => setReceiving(null)}
        />
      )}
      {status.texts > 0 && (
        <SendForm
          originalLanguage={status.originalLanguage}
          originalHasText
          intro={t('sessionTexts.intro', { language: original })}
          send={async (request) => {
            const { answer, files } = await api.deliver('translation.sessionTexts.send', { sessionId, ...request });
            replace(answer.status);
            return files.map((f) => f.fileName);
          }}
        />
      )}
    </>
  );
}

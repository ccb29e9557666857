import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changes } from '../../../../shared/api/translation-procedures';
import type { ApiError } from '../../../../shared/api/errors';
import type { Language } from '../../../../shared/domain/languages';
import { enumLabelKey, languageNameKey } from '../../../../shared/i18n/enum-labels';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormatters } from '../../../i18n/use-formatters';
import { translationHref } from '../../../routing/routes';
import { SessionFrame, type SessionContext } from '../../../session/SessionFrame';
import { QueryStatus } from '../QueryStatus';
import { onlyFile } from '../../details/export-file';
import { localCalendarDate } from '../../../components/local-date';
import { PassageChangeView } from './PassageChangeView';
import { BackLink } from '../../../components/BackLink';
import '../translation.css';

/** What changed in the original since a language version was sent, passage by passage, and the file for the translator. */
export function ChangesScreen({ id, documentId, lang }: { id: string; documentId: string; lang: Language }) {
  return (
    <SessionFrame id={id} tab="details">
      {(context) => <ChangesView context={context} documentId={documentId} lang={lang} />}
    </SessionFrame>
  );
}

function ChangesView({ context, documentId, lang }: { context: SessionContext; documentId: string; lang: Language }) {
  const { t } = useTranslation();
  const { state, reload } = useApiQuery('translation.changes', { documentId, language: lang });
  const sessionId = context.data.session.id;
  const doc = context.data.documents.find((d) => d.id === documentId);
  const kindLabel = doc ? t(enumLabelKey('documentKind', doc.kind)) : '';
  // held here, not by the actions: sending the changes reloads the list below, and the message must outlive it
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <BackLink href={translationHref(sessionId, documentId)}>
        {t('translation.backToVersions', { document: kindLabel })}
      </BackLink>
      <h1 data-testid="changes-heading">
        {t('translation.changes.heading', { document: kindLabel, language: t(languageNameKey(lang)) })}
      </h1>
      <div aria-live="polite">
        {done && (
          <p className="notice notice--info" data-testid="changes-done">
            {done}
          </p>
        )}
      </div>
      <QueryStatus state={state} reload={reload} />
      {state.status === 'success' && (
        <ChangesBody
          changes={state.data}
          documentId={documentId}
          textLang={doc?.originalLanguage ?? lang}
          onDone={(message, sent) => {
            setDone(message);
            if (sent) reload();
          }}
        />
      )}
    </>
  );
}

/** A message for the user, and whether a new sending was recorded (the list is then out of date). */
type OnDone = (message: string, sent: boolean) => void;

function ChangesBody({
  changes,
  documentId,
  textLang,
  onDone,
}: {
  changes: Changes;
  documentId: string;
  textLang: Language;
  onDone: OnDone;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const sentDate = localCalendarDate(changes.sentAt);
  const facts: [string, string, string][] = [
    ['sentOn', format.longDate(sentDate), 'changes-sent-on'],
    ['translator', changes.translator || '—', 'changes-translator'],
    ['wordsNow', changes.words.current.toLocaleString(format.lang), 'changes-words-now'],
    ['wordsSent', changes.words.sent.toLocaleString(format.lang), 'changes-words-sent'],
    ['passages', changes.changes.length.toLocaleString(format.lang), 'changes-passages'],
    ['passageWords', changes.changedPassageWords.toLocaleString(format.lang), 'changes-passage-words'],
    ['changedWords', changes.changedWords.toLocaleString(format.lang), 'changes-changed-words'],
  ];
  return (
    <>
      <dl className="facts">
        {facts.map(([key, value, testId]) => (
          <div className="facts__item" key={key}>
            <dt>{t(`translation.changes.${key}`)}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      {changes.changes.length === 0 ? (
        <p className="empty-hint" data-testid="changes-none">
          {t('translation.changes.none')}
        </p>
      ) : (
        <ol className="passage-changes" data-testid="passage-changes">
          {changes.changes.map((change, i) => (
            <PassageChangeView key={i} change={change} textLang={textLang} />
          ))}
        </ol>
      )}
      <ChangesActions changes={changes} documentId={documentId} onDone={onDone} />
    </>
  );
}

/** "Export the changes" (the short DOCX) and "Send the changes" (the same file, recorded as a new sending). */
function ChangesActions({ changes, documentId, onDone }: { changes: Changes; documentId: string; onDone: OnDone }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState<'export' | 'send' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const language = changes.language;

  async function act(kind: 'export' | 'send') {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'export') {
        const file = onlyFile(await api.deliver('translation.changesDocx', { documentId, language }));
        if (file.outcome !== 'cancelled') {
          onDone(
            t(file.outcome === 'saved' ? 'exports.saved' : 'exports.downloaded', { fileName: file.fileName }),
            false,
          );
        }
      } else {
        const result = await api.deliver('translation.send', {
          documentId,
          languages: [language],
          translator: changes.translator,
          changesOnly: true,
        });
        onDone(t('translation.changes.sent', { fileName: result.files.map((f) => f.fileName).join(', ') }), true);
      }
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(null);
    }
  }

  const nothing = changes.changes.length === 0;
  return (
    <div className="form-card changes-actions">
      <p className="field__hint">{t('translation.changes.sendChangesHint')}</p>
      <div className="confirm">
        <button
          type="button"
          className="button"
          disabled={busy !== null || nothing}
          data-testid="changes-export"
          onClick={() => void act('export')}
        >
          {busy === 'export' ? t('translation.changes.exporting') : t('translation.changes.export')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null || nothing}
          data-testid="changes-send"
          onClick={() => void act('send')}
        >
          {busy === 'send' ? t('translation.changes.sending') : t('translation.changes.sendChanges')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

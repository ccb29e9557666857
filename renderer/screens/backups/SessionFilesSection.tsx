import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiError, type ApiError } from '../../../shared/api/errors';
import {
  MAX_SESSION_FILE_BASE64,
  type SessionFileImportResult,
  type SessionFileSummary,
  type OnConflict,
} from '../../../shared/api/safety-procedures';
import type { Session } from '../../../shared/domain/session';
import { toApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import type { QueryState } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/form/fields';
import { FileButton } from '../../components/form/FileButton';
import { langIfOther, localizedText } from '../../i18n/localized';
import { useFormatters } from '../../i18n/use-formatters';
import { sessionHref } from '../../routing/routes';
import { RefusalNotice } from './RefusalNotice';
import { onlyFile } from '../details/export-file';
import { formatInstant } from '../../components/browser-files';

const COUNTS = [
  'agendaItems',
  'speakers',
  'guidingQuestions',
  'documents',
  'documentVersions',
  'organizations',
  'people',
] as const;

/** Session files: one session out to a `.sessiondesk` file, or one file in, after showing what it holds. */
export function SessionFilesSection({
  sessions,
  reloadSessions,
}: {
  sessions: QueryState<Session[]>;
  reloadSessions: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="files-title">
      <h2 id="files-title">{t('backups.filesTitle')}</h2>
      <p>{t('backups.filesIntro')}</p>
      <div className="session-files">
        <ExportSession sessions={sessions} reloadSessions={reloadSessions} />
        <ImportSession onImported={reloadSessions} />
      </div>
    </section>
  );
}

function ExportSession({ sessions, reloadSessions }: { sessions: QueryState<Session[]>; reloadSessions: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const api = useApi();
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const options =
    sessions.status === 'success'
      ? [...sessions.data]
          .sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime))
          .map((s) => ({
            value: s.id,
            label: `${localizedText(s.title, format.lang).text || t('sessionList.untitled')} — ${format.longDate(s.date)}`,
          }))
      : [];
  const sessionId = options.some((o) => o.value === chosen) ? chosen : (options[0]?.value ?? '');

  async function exportFile() {
    if (!sessionId) return;
    setBusy(true);
    setError(null);
    setExported(null);
    try {
      const file = onlyFile(await api.deliver('sessionFiles.export', { sessionId }));
      if (file.outcome !== 'cancelled') setExported(file.fileName);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="form-card" data-testid="export-session">
      <h3>{t('backups.exportTitle')}</h3>
      {sessions.status === 'loading' && <Loading />}
      {sessions.status === 'error' && <ErrorNotice error={sessions.error} onRetry={reloadSessions} />}
      {sessions.status === 'success' && options.length === 0 && (
        <p className="empty-hint" data-testid="export-empty">
          {t('backups.noSessions')}
        </p>
      )}
      {options.length > 0 && (
        <>
          <SelectField
            label={t('backups.session')}
            value={sessionId}
            options={options}
            testId="export-session-picker"
            onChange={(id) => {
              setChosen(id);
              setExported(null);
            }}
          />
          <p>
            <button
              type="button"
              className="button button--primary"
              data-testid="export-session-file"
              disabled={busy}
              onClick={() => void exportFile()}
            >
              {busy ? t('backups.exporting') : t('backups.exportButton')}
            </button>
          </p>
        </>
      )}
      <div aria-live="polite">
        {exported && (
          <p className="notice notice--info" data-testid="export-done">
            {t('backups.exported', { fileName: exported })}
          </p>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'inspected'; file: Blob; summary: SessionFileSummary }
  | { step: 'importing'; file: Blob; summary: SessionFileSummary; choice: OnConflict | null }
  | { step: 'imported'; summary: SessionFileSummary; result: SessionFileImportResult }
  | { step: 'refused'; error: ApiError; detail?: string };

function ImportSession({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const api = useApi();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [fileName, setFileName] = useState('');

  useEffect(() => {
    if (state.step === 'inspected') summaryRef.current?.focus();
  }, [state.step]);

  async function inspect(file: File | undefined) {
    if (!file) {
      setState({ step: 'idle' });
      return;
    }
    setState({ step: 'reading' });
    try {
      // Base64 grows the bytes by a third: refuse here what main would refuse, without sending it.
      if (Math.ceil(file.size / 3) * 4 > MAX_SESSION_FILE_BASE64) {
        setState({ step: 'refused', error: apiError('bad_file'), detail: t('backups.tooLarge') });
        return;
      }
      const summary = await api.upload('sessionFiles.inspect', {}, file);
      setState({ step: 'inspected', file, summary });
    } catch (failure) {
      setState({ step: 'refused', error: toApiError(failure) });
    }
  }

  async function importFile(file: Blob, summary: SessionFileSummary, choice: OnConflict | null) {
    setState({ step: 'importing', file, summary, choice });
    try {
      const result = await api.upload('sessionFiles.import', choice ? { onConflict: choice } : {}, file);
      setState({ step: 'imported', summary, result });
      onImported();
    } catch (failure) {
      setState({ step: 'refused', error: toApiError(failure) });
    }
  }

  const title = (summary: SessionFileSummary) => {
    const text = localizedText(summary.title, format.lang);
    return {
      text: text.text || t('sessionList.untitled'),
      lang: text.text ? langIfOther(text, format.lang) : undefined,
    };
  };

  return (
    <div className="form-card" data-testid="import-session">
      <h3>{t('backups.importTitle')}</h3>
      <p className="field__hint" id={`${inputId}-hint`}>
        {t('backups.chooseFileHint')}
      </p>
      <FileButton
        label={t('backups.chooseFile')}
        accept=".sessiondesk"
        testId="import-file"
        describedBy={`${inputId}-hint`}
        disabled={state.step === 'reading' || state.step === 'importing'}
        inputRef={input}
        onPick={(file) => {
          setFileName(file?.name ?? '');
          void inspect(file);
        }}
      >
        {fileName && state.step !== 'idle' && state.step !== 'imported' && (
          <span className="file-field__name" data-testid="import-file-name">
            {fileName}
          </span>
        )}
      </FileButton>
      {state.step === 'reading' && (
        <p className="loading" role="status">
          {t('backups.reading')}
        </p>
      )}
      {(state.step === 'inspected' || state.step === 'importing') && (
        <div
          className="bundle-summary"
          data-testid="bundle-summary"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby={`${inputId}-holds`}
          role="group"
        >
          <h4 id={`${inputId}-holds`}>{t('backups.holds')}</h4>
          <dl className="facts bundle-summary__facts">
            <div className="facts__item bundle-summary__title">
              <dt>{t('backups.sessionTitle')}</dt>
              <dd lang={title(state.summary).lang} data-testid="bundle-title">
                {title(state.summary).text}
              </dd>
            </div>
            <div className="facts__item">
              <dt>{t('backups.date')}</dt>
              <dd>
                <time dateTime={state.summary.date}>{format.longDate(state.summary.date)}</time>
              </dd>
            </div>
            <div className="facts__item">
              <dt>{t('backups.body')}</dt>
              <dd>{state.summary.bodyCode}</dd>
            </div>
            {COUNTS.map((count) => (
              <div className="facts__item" key={count}>
                <dt>{t(`backups.counts.${count}`)}</dt>
                <dd data-testid={`bundle-count-${count}`}>{state.summary.counts[count].toLocaleString(format.lang)}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">
            {t('backups.madeWith', {
              version: state.summary.appVersion,
              date: formatInstant(state.summary.createdAt, format.lang),
            })}
          </p>
          {state.summary.sessionExists && (
            <p className="notice notice--warning" data-testid="bundle-exists">
              {t('backups.exists')}
            </p>
          )}
          <ImportChoices
            state={state}
            onChoose={(choice) => void importFile(state.file, state.summary, choice)}
            onCancel={() => {
              setState({ step: 'idle' });
              input.current?.focus();
            }}
          />
        </div>
      )}
      <div aria-live="polite">
        {state.step === 'imported' && (
          <div className="notice notice--info" data-testid="import-done">
            <p>{t('backups.imported', { title: title(state.summary).text })}</p>
            <p>
              <a href={sessionHref(state.result.sessionId)}>{t('backups.openSession')}</a>
            </p>
          </div>
        )}
      </div>
      {state.step === 'refused' && (
        <RefusalNotice error={state.error} detail={state.detail} lead={t('backups.refused')} testId="import-refused" />
      )}
    </div>
  );
}

function ImportChoices({
  state,
  onChoose,
  onCancel,
}: {
  state: Extract<ImportState, { step: 'inspected' | 'importing' }>;
  onChoose: (choice: OnConflict | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const busy = state.step === 'importing';
  const label = (choice: OnConflict | null, text: string) =>
    busy && state.choice === choice ? t('backups.importing') : text;
  return (
    <div className="confirm">
      {state.summary.sessionExists ? (
        <>
          <button
            type="button"
            className="button button--primary"
            data-testid="import-keep-both"
            disabled={busy}
            onClick={() => onChoose('keep-both')}
          >
            {label('keep-both', t('backups.keepBoth'))}
          </button>
          <button
            type="button"
            className="button button--danger"
            data-testid="import-replace"
            disabled={busy}
            onClick={() => onChoose('replace')}
          >
            {label('replace', t('backups.replace'))}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--primary"
          data-testid="import-confirm"
          disabled={busy}
          onClick={() => onChoose(null)}
        >
          {label(null, t('backups.importButton'))}
        </button>
      )}
      <button type="button" className="button" disabled={busy} onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

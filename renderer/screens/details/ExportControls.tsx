import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, type ApiError } from '../../../shared/api/errors';
import { SESSION_EXPORT_KINDS } from '../../../shared/api/document-procedures';
import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import { enumLabelKey, languageNameKey } from '../../../shared/i18n/enum-labels';
import type { MissingText } from '../../../shared/languages/missing-texts';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSaveQueue } from '../../saving/save-context';
import type { Delivered } from '../../../shared/api/file-outputs';
import { onlyFile } from './export-file';
import { MissingTextsNotice, type MissingInLanguage } from './MissingTextsNotice';

type MakeFile = () => Promise<Delivered>;
type ExportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'confirm'; groups: MissingInLanguage[]; make: MakeFile }
  | { step: 'done'; message: string }
  | { step: 'failed'; error: ApiError | null };

/**
 * Runs one export (pending edits first) and says what became of the file, in the screen's language.
 * With `check`, asks first which texts the export would print in another language: if any, it waits
 * for "Export anyway" (`confirm`) or "Cancel" (`cancel`).
 */
function useExport() {
  const { t } = useTranslation();
  const queue = useSaveQueue();
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  async function run(make: MakeFile, check?: () => Promise<MissingInLanguage[]>) {
    setState({ step: 'busy' });
    try {
      await queue.flush();
      const groups = check ? (await check()).filter((group) => group.missing.length > 0) : [];
      if (groups.length > 0) {
        setState({ step: 'confirm', groups, make });
        return;
      }
      const file = onlyFile(await make());
      setState(
        file.outcome === 'cancelled'
          ? { step: 'idle' }
          : {
              step: 'done',
              message: t(file.outcome === 'saved' ? 'exports.saved' : 'exports.downloaded', {
                fileName: file.fileName,
              }),
            },
      );
    } catch (failure) {
      setState({ step: 'failed', error: failure instanceof ApiFailure ? failure.error : null });
    }
  }
  return {
    state,
    run,
    confirm: () => {
      if (state.step === 'confirm') void run(state.make);
    },
    cancel: () => setState({ step: 'idle' }),
  };
}

function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-live="polite" className="export-status">
        {state.step === 'done' && <span data-testid="export-done">{state.message}</span>}
      </span>
      {state.step === 'failed' &&
        (state.error ? (
          <ErrorNotice error={state.error} withTitle={false} />
        ) : (
          <p className="notice notice--error" role="alert" data-testid="export-failed">
            {t('exports.saveFailed')}
          </p>
        ))}
    </>
  );
}

/**
 * "Export…" of one document: a language (of those it can be exported in) and the button; `check`
 * says which texts an export in that language lacks (the notice before the file is made).
 */
export function ExportControl({
  sessionId,
  languages,
  documentLabel,
  make,
  check,
}: {
  sessionId: string;
  languages: readonly Language[];
  documentLabel: string;
  make: (language: Language) => Promise<Delivered>;
  check: (language: Language) => Promise<readonly MissingText[]>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<Language | ''>('');
  const { state, run, confirm, cancel } = useExport();
  if (languages.length === 0) return <span className="muted">{t('exports.nothingYet')}</span>;
  const language = chosen && languages.includes(chosen) ? chosen : languages[0]!;
  return (
    <div className="export-control" data-testid="export-control">
      <label htmlFor={id} className="visually-hidden">
        {t('exports.languageFor', { document: documentLabel })}
      </label>
      <select
        id={id}
        value={language}
        data-testid="export-language"
        onChange={(e) => setChosen(e.target.value as Language)}
      >
        {languages.map((lang) => (
          <option key={lang} value={lang}>
            {t(languageNameKey(lang))}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button button--small"
        disabled={state.step === 'busy' || state.step === 'confirm'}
        aria-label={t('exports.exportFor', { document: documentLabel })}
        data-testid="export-button"
        onClick={() =>
          void run(
            () => make(language),
            async () => [{ lang: language, missing: await check(language) }],
          )
        }
      >
        {state.step === 'busy' ? t('exports.exporting') : t('exports.export')}
      </button>
      {state.step === 'confirm' && (
        <MissingTextsNotice sessionId={sessionId} groups={state.groups} onExport={confirm} onCancel={cancel} />
      )}
      <ExportStatus state={state} />
    </div>
  );
}

/** The order of business, annotated agenda and list of speakers, made from the agenda: each exportable in any language. */
export function AgendaExports({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <>
      <h3 className="exports__title" id="agenda-exports-title">
        {t('exports.agendaTitle')}
      </h3>
      <div className="table-wrap">
        <table className="data-table" data-testid="agenda-exports" aria-labelledby="agenda-exports-title">
          <thead>
            <tr>
              <th scope="col">{t('documents.columns.kind')}</th>
              <th scope="col">{t('exports.column')}</th>
            </tr>
          </thead>
          <tbody>
            {SESSION_EXPORT_KINDS.map((kind) => {
              const label = t(enumLabelKey('documentKind', kind));
              return (
                <tr key={kind} data-testid="agenda-export-row" data-kind={kind}>
                  <td>{label}</td>
                  <td>
                    <ExportControl
                      sessionId={sessionId}
                      languages={LANGUAGES}
                      documentLabel={label}
                      make={(language) => api.deliver('sessions.exportDocx', { sessionId, kind, language })}
                      check={(lang) => api.call('exports.missingTexts', { sessionId, lang, kind })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** "Export all": every document of the session in the languages ticked, as one zip. */
export function ExportAll({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [languages, setLanguages] = useState<readonly Language[]>(['en']);
  const { state, run, confirm, cancel } = useExport();
  const checkAll = () =>
    Promise.all(
      languages.map(async (lang) => ({ lang, missing: await api.call('exports.missingTexts', { sessionId, lang }) })),
    );
  return (
    <div className="form-card export-all" data-testid="export-all">
      <h3 className="exports__title">{t('exports.allTitle')}</h3>
      <p className="field__hint">{t('exports.allIntro')}</p>
      <fieldset className="export-all__languages">
        <legend>{t('exports.languages')}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} className="checkbox">
            <input
              type="checkbox"
              checked={languages.includes(lang)}
              data-testid={`export-all-${lang}`}
              onChange={(e) =>
                setLanguages((current) =>
                  e.target.checked
                    ? LANGUAGES.filter((l) => l === lang || current.includes(l))
                    : current.filter((l) => l !== lang),
                )
              }
            />{' '}
            {t(languageNameKey(lang))}
          </label>
        ))}
      </fieldset>
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={state.step === 'busy' || state.step === 'confirm' || languages.length === 0}
          data-testid="export-all-button"
          onClick={() =>
            void run(() => api.deliver('sessions.exportAllDocx', { sessionId, languages: [...languages] }), checkAll)
          }
        >
          {state.step === 'busy' ? t('exports.exporting') : t('exports.allButton')}
        </button>
      </p>
      {languages.length === 0 && <p className="field__hint">{t('exports.noLanguage')}</p>}
      {state.step === 'confirm' && (
        <MissingTextsNotice sessionId={sessionId} groups={state.groups} onExport={confirm} onCancel={cancel} />
      )}
      <ExportStatus state={state} />
    </div>
  );
}

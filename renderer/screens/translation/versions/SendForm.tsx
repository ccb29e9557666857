import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { LANGUAGES, type Language } from '../../../../shared/domain/languages';
import { languageNameKey } from '../../../../shared/i18n/enum-labels';
import { toApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TextField } from '../../../components/form/fields';
import { useSaveQueue } from '../../../saving/save-context';
import { DateField } from '../../../components/form/date-time-fields';
import { useFormatters } from '../../../i18n/use-formatters';
import { localCalendarDate } from '../../../components/local-date';

/** What the user asked to send: `send` records the sendings, main hands over the translator's files, `send` answers their names. */
export interface SendRequest {
  languages: Language[];
  translator: string;
  dueDate?: string;
}

/**
 * "Send to translation": target languages, translator and due date; each translator's file is
 * handed to the user. `send` sends a document's original or the session's texts.
 */
export function SendForm({
  originalLanguage,
  originalHasText,
  send: sendFiles,
  intro,
}: {
  originalLanguage: Language;
  originalHasText: boolean;
  send: (request: SendRequest) => Promise<string[]>;
  /** What sending does, when it is not a document's original. */
  intro?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const queue = useSaveQueue();
  const dueId = useId();
  const targets = LANGUAGES.filter((l) => l !== originalLanguage);
  const [languages, setLanguages] = useState<readonly Language[]>([]);
  const [translator, setTranslator] = useState('');
  const [due, setDue] = useState('');
  const [dueInvalid, setDueInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // A due date before the sending date is most likely a slip (a wrong year), but not impossible: it warns only.
  const today = localCalendarDate(new Date().toISOString());
  const dueBeforeSending = due !== '' && due < today;

  async function send() {
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      await queue.flush();
      setSent(await sendFiles({ languages: [...languages], translator, ...(due ? { dueDate: due } : {}) }));
      setLanguages([]);
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="form-card send-form" data-testid="send-form" aria-labelledby={`${dueId}-title`}>
      <h2 id={`${dueId}-title`}>{t('translation.send.title')}</h2>
      <p className="field__hint">{intro ?? t('translation.send.intro')}</p>
      {!originalHasText && <p className="notice notice--warning">{t('translation.send.noText')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <fieldset className="send-form__languages">
          <legend>{t('translation.send.languages')}</legend>
          {targets.map((lang) => (
            <label key={lang} className="checkbox">
              <input
                type="checkbox"
                checked={languages.includes(lang)}
                data-testid={`send-${lang}`}
                onChange={(e) =>
                  setLanguages((current) =>
                    e.target.checked
                      ? targets.filter((l) => l === lang || current.includes(l))
                      : current.filter((l) => l !== lang),
                  )
                }
              />{' '}
              {t(languageNameKey(lang))}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <TextField
            label={t('translation.send.translator')}
            value={translator}
            maxLength={200}
            testId="send-translator"
            onChange={setTranslator}
          />
          <DateField
            label={t('translation.send.due')}
            value={due}
            testId="send-due"
            savedAsTyped={false}
            onInvalid={setDueInvalid}
            warning={dueBeforeSending ? t('forms.dueBeforeSending', { today: format.longDate(today) }) : null}
            onChange={setDue}
          />
        </div>
        <p>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || languages.length === 0 || !originalHasText || dueInvalid}
            data-testid="send-button"
          >
            {busy ? t('translation.send.sending') : t('translation.send.button')}
          </button>
        </p>
        {languages.length === 0 && originalHasText && <p className="field__hint">{t('translation.send.noLanguage')}</p>}
      </form>
      <div aria-live="polite">
        {sent && (
          <p className="notice notice--info" data-testid="send-done">
            {t('translation.send.done', { files: sent.join(', ') })}
          </p>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { DateField } from '../../components/form/date-time-fields';
import { CardForm } from '../../components/form/CardForm';
import { sessionHref } from '../../routing/routes';
import { navigate } from '../../routing/use-route';
import './start-from.css';

/** The same day a year later; 29 February falls back to the 28th. */
export function aYearAfter(date: string): string {
  const [year, month, day] = date.split('-');
  const next = String(Number(year) + 1);
  return month === '02' && day === '29' ? `${next}-02-28` : `${next}-${month}-${day}`;
}

/**
 * "Start from this session…": asks for the new session's date (a year later by default), then makes
 * next year's draft from this one and opens its details.
 */
export function StartFromSession({ sessionId, date }: { sessionId: string; date: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open)
    return (
      <StartFromForm
        sessionId={sessionId}
        initialDate={aYearAfter(date)}
        onCancel={() => {
          setOpen(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  return (
    <p className="start-from screen-only">
      <button
        ref={button}
        type="button"
        className="button button--small"
        data-testid="start-from"
        onClick={() => setOpen(true)}
      >
        {t('startFrom.open')}
      </button>
    </p>
  );
}

function StartFromForm(props: { sessionId: string; initialDate: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [date, setDate] = useState(props.initialDate);
  const [dateInvalid, setDateInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  async function start() {
    if (dateInvalid) return;
    setBusy(true);
    setError(null);
    try {
      const { sessionId } = await api.call('sessions.startFrom', { sessionId: props.sessionId, date });
      navigate(sessionHref(sessionId, 'details'));
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  }

  return (
    <CardForm
      formRef={form}
      className="start-from-form"
      testId="start-from-form"
      title={t('startFrom.title')}
      intro={t('startFrom.intro')}
      submit={t('startFrom.start')}
      busyText={t('startFrom.starting')}
      submitTestId="start-from-create"
      busy={busy}
      error={error}
      onSubmit={() => void start()}
      onCancel={props.onCancel}
    >
      <DateField
        label={t('startFrom.date')}
        value={date}
        required
        testId="start-from-date"
        savedAsTyped={false}
        onInvalid={setDateInvalid}
        onChange={setDate}
      />
    </CardForm>
  );
}

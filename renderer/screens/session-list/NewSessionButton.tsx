import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { emptyLocalized } from '../../../shared/domain/languages';
import { fieldProblemText } from '../../../shared/i18n/field-issues';
import { languageNameKey } from '../../../shared/i18n/enum-labels';
import { useApi } from '../../api/api-context';
import { toApiError } from '../../api/api-error';
import { DateField } from '../../components/form/date-time-fields';
import { CardForm } from '../../components/form/CardForm';
import { TextField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import { sessionHref } from '../../routing/routes';
import { navigate } from '../../routing/use-route';
import { localCalendarDate } from '../../components/local-date';

const MAX_TITLE = 2000;

/**
 * "New session" asks for a title (in the screen's language) and a date first, then creates the draft session and
 * opens its details: a session is never made without a name the list can show and the user can find again.
 */
export function NewSessionButton({ primary = true }: { primary?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (open)
    return (
      <NewSessionForm
        onCancel={() => {
          setOpen(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  return (
    <button
      ref={button}
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      data-testid="new-session"
      onClick={() => setOpen(true)}
    >
      {t('sessionList.newSession')}
    </button>
  );
}

function NewSessionForm({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localCalendarDate(new Date().toISOString()));
  const [dateInvalid, setDateInvalid] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const titleProblem =
    title.trim() === ''
      ? fieldProblemText(i18n, 'title', { kind: 'required' })
      : title.length > MAX_TITLE
        ? fieldProblemText(i18n, 'title', { kind: 'too_long', limit: MAX_TITLE })
        : null;

  async function create() {
    setTried(true);
    if (titleProblem || dateInvalid) return;
    setBusy(true);
    setError(null);
    try {
      const bodies = await api.call('bodies.list', {});
      const body = bodies.find((b) => b.code === 'CAM') ?? bodies[0];
      if (!body) throw new Error('no body');
      const session = await api.call('sessions.create', {
        bodyId: body.id,
        title: { ...emptyLocalized(), [lang]: title.trim() },
        date,
        startTime: '10:00',
        endTime: '13:00',
        room: '',
        modality: 'in_person',
        originalLanguage: lang,
        status: 'draft',
      });
      navigate(sessionHref(session.id, 'details'));
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  }

  return (
    <CardForm
      className="new-session"
      testId="new-session-form"
      title={t('forms.newSession.title')}
      intro={t('forms.newSession.intro')}
      submit={t('forms.newSession.create')}
      busyText={t('sessionList.creating')}
      submitTestId="new-session-create"
      busy={busy}
      error={error}
      onSubmit={() => void create()}
      onCancel={onCancel}
    >
      <TextField
        label={t('forms.newSession.titleLabel', { language: t(languageNameKey(lang)) })}
        lang={lang}
        value={title}
        testId="new-session-title"
        autoFocus
        error={(tried || title.length > MAX_TITLE) && titleProblem ? titleProblem : undefined}
        onChange={setTitle}
      />
      <DateField
        label={t('details.fields.date')}
        value={date}
        required
        testId="new-session-date"
        savedAsTyped={false}
        onInvalid={setDateInvalid}
        onChange={setDate}
      />
    </CardForm>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidingQuestion } from '../../../shared/domain/guiding-question';
import { LANGUAGES, pickLocalized, type Language } from '../../../shared/domain/languages';
import { PRACTICE_CHANNELS } from '../../../shared/domain/good-practice';
import { DateField } from '../../components/form/date-time-fields';
import { SelectField, TextField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import type { PracticeDraft } from './practice-draft';

/**
 * Records a good practice (or edits one): who shared it, the question it answers, how and when, and
 * its title and text in the language it was given in. Sent on submit: a practice is one record,
 * written once the State and the title are there.
 */
export function PracticeForm({
  draft,
  holders,
  questions,
  fromEntry,
  busy,
  onSubmit,
  onCancel,
}: {
  draft: PracticeDraft;
  /** The States and mechanisms that may hold a practice, ordered by name in the interface's language. */
  holders: readonly { id: string; label: string }[];
  questions: readonly GuidingQuestion[];
  /** What the record entry the practice comes from says, when it comes from one. */
  fromEntry: string | null;
  busy: boolean;
  onSubmit: (draft: PracticeDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [value, setValue] = useState(draft);
  const [incomplete, setIncomplete] = useState(false);
  const set = (patch: Partial<PracticeDraft>) => setValue((v) => ({ ...v, ...patch }));

  return (
    <form
      className="form-card"
      data-testid="practice-form"
      aria-labelledby="practice-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        const missing = !value.organizationId || !value.title.trim();
        setIncomplete(missing);
        if (!missing) onSubmit(value);
      }}
    >
      <h2 id="practice-form-title">{t(value.id ? 'practices.form.editTitle' : 'practices.form.newTitle')}</h2>
      {fromEntry && <p className="muted">{fromEntry}</p>}
      <SelectField
        label={t('practices.form.organization')}
        value={value.organizationId}
        testId="practice-organization"
        options={[
          { value: '', label: t('practices.form.choose') },
          ...holders.map((h) => ({ value: h.id, label: h.label })),
        ]}
        onChange={(organizationId) => set({ organizationId })}
      />
      <SelectField
        label={t('practices.form.question')}
        value={value.questionId}
        testId="practice-question"
        options={[
          { value: '', label: t('practices.form.noQuestion') },
          ...questions.map((q, index) => ({
            value: q.id,
            label: `${index + 1}. ${pickLocalized(q.text, lang)}`,
          })),
        ]}
        onChange={(questionId) => set({ questionId })}
      />
      <SelectField<Language>
        label={t('practices.form.language')}
        value={value.language}
        testId="practice-language"
        options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        onChange={(language) => set({ language })}
      />
      <fieldset className="field">
        <legend>{t('practices.form.channel')}</legend>
        {PRACTICE_CHANNELS.map((channel) => (
          <label key={channel} className="check">
            <input
              type="radio"
              name="practice-channel"
              value={channel}
              checked={value.channel === channel}
              data-testid={`practice-channel-${channel}`}
              onChange={() => set({ channel })}
            />
            {t(`practices.channels.${channel}`)}
          </label>
        ))}
      </fieldset>
      <DateField
        label={t('practices.form.date')}
        value={value.date}
        required
        savedAsTyped={false}
        testId="practice-date"
        onChange={(date) => set({ date })}
      />
      <TextField
        label={t('practices.form.practiceTitle')}
        value={value.title}
        lang={value.language}
        testId="practice-title"
        onChange={(title) => set({ title })}
      />
      <TextField
        label={t('practices.form.text')}
        value={value.text}
        lang={value.language}
        multiline
        allowLineBreaks
        rows={5}
        hint={t('practices.form.textHint')}
        testId="practice-text"
        onChange={(text) => set({ text })}
      />
      {incomplete && (
        <p className="field__error" role="alert">
          {t('practices.form.incomplete')}
        </p>
      )}
      <p>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="practice-save">
          {t(value.id ? 'practices.form.saveChanges' : 'practices.form.save')}
        </button>{' '}
        <button type="button" className="button" onClick={onCancel}>
          {t('practices.form.cancel')}
        </button>
      </p>
    </form>
  );
}

import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Localized } from '../../../shared/domain/languages';
import { useLocalizedDraft, type LocalizedRules } from './use-localized-draft';

/** A labelled text input whose value is held by the screen. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  multiline,
  rows = 3,
  allowLineBreaks = false,
  className,
  testId,
  hideLabel = false,
  ...rest
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
  multiline?: boolean;
  /** Lines a multiline field shows. */
  rows?: number;
  /**
   * Texts that end up in exported documents (titles, annotations, questions) are one paragraph each:
   * a manual line break there splits a sentence for the translator's tools, so Enter adds none.
   */
  allowLineBreaks?: boolean;
  className?: string;
  testId?: string;
  /** For a field in a table row, whose column head already says what it is: the label is for screen readers. */
  hideLabel?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'>) {
  const id = useId();
  const hintId = hint || error ? `${id}-hint` : undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={rows}
          lang={rest.lang}
          disabled={rest.disabled}
          aria-label={rest['aria-label']}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          data-testid={testId}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !allowLineBreaks) e.preventDefault();
          }}
          onChange={(e) => onChange(allowLineBreaks ? e.target.value : e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
        />
      ) : (
        <input
          id={id}
          type="text"
          {...rest}
          data-testid={testId}
          value={value}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {(hint || error) && (
        <p id={hintId} className={error ? 'field__error' : 'field__hint'}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}

/** A labelled select of fixed options. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
  className,
  testId,
  accessibleName,
}: {
  label: ReactNode;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  disabled?: boolean;
  className?: string;
  testId?: string;
  /** A fuller name for screen readers than the visible label (which it must contain), e.g. with the row's number. */
  accessibleName?: string;
}) {
  const id = useId();
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-label={accessibleName}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One text in the four official languages: four fields, each marked with its language, checked before saving. */
export function LocalizedFields({
  label,
  value,
  onChange,
  multiline,
  rows,
  disabled,
  first,
  testId,
  accessibleName,
  rules = { field: 'title', maxLength: 2000 },
}: {
  label: string;
  value: Localized;
  onChange: (value: Localized) => void;
  multiline?: boolean;
  rows?: number;
  disabled?: boolean;
  /** The language shown first (the screen's or the session's original). */
  first?: Language;
  testId?: string;
  /** Each field's name for screen readers, from its language's name (e.g. with the row's number). */
  accessibleName?: (languageName: string) => string;
  rules?: LocalizedRules;
}) {
  const { t, i18n } = useTranslation();
  const draft = useLocalizedDraft(value, onChange, rules, i18n);
  const order = first ? [first, ...LANGUAGES.filter((l) => l !== first)] : LANGUAGES;
  return (
    <fieldset className="localized" data-testid={testId}>
      <legend>{label}</legend>
      <div className="localized__grid">
        {order.map((lang) => (
          <TextField
            key={lang}
            label={t(`languages.${lang}`)}
            aria-label={accessibleName?.(t(`languages.${lang}`))}
            lang={lang}
            value={draft.shown[lang]}
            error={draft.errorOf(lang)}
            multiline={multiline}
            rows={rows}
            disabled={disabled}
            testId={testId ? `${testId}-${lang}` : undefined}
            onChange={(text) => draft.change(lang, text)}
          />
        ))}
      </div>
      {draft.error && (
        <p className="field__error" role="alert">
          {draft.error}
        </p>
      )}
    </fieldset>
  );
}

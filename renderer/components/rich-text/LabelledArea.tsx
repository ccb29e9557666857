import { useId } from 'react';

/** A one-paragraph text area (Enter adds no line break) with its label. */
export function LabelledArea({
  label,
  value,
  lang,
  testId,
  dataKey,
  autoFocus,
  error,
  readOnly,
  hint,
  onChange,
  onEscape,
  onEnter,
}: {
  label: string;
  value: string;
  lang?: string;
  testId?: string;
  dataKey?: Record<string, string>;
  autoFocus?: boolean;
  error?: string | null;
  readOnly?: boolean;
  hint?: string | undefined;
  onChange: (value: string) => void;
  onEscape?: () => void;
  onEnter?: () => void;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        lang={lang}
        autoFocus={autoFocus}
        readOnly={readOnly}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...dataKey}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onEnter?.();
          } else if (e.key === 'Escape' && onEscape) {
            e.preventDefault();
            onEscape();
          }
        }}
        onChange={(e) => onChange(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
      />
      {hint && !error && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

import { useId } from 'react';

/** A one-paragraph text area (Enter adds no line break) with its label. */
export function LabelledArea({
  label,
  value,
  testId,
  autoFocus,
  error,
  onChange,
  onEscape,
  onEnter,
}: {
  label: string;
  value: string;
  testId?: string;
  autoFocus?: boolean;
  error?: string | null;
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
        autoFocus={autoFocus}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
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
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

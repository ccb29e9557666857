/**
 * A labelled date or time input. The browser's own picker is kept (TextField is text-only), so the value is the
 * raw `yyyy-mm-dd` or `hh:mm` the screen checks before saving.
 */
export function NativeInputField({
  id,
  type,
  label,
  value,
  testId,
  required,
  errorId,
  onChange,
}: {
  id: string;
  type: 'date' | 'time';
  label: string;
  value: string;
  testId: string;
  required?: boolean;
  /** The element that says what is wrong with the value, when something is. */
  errorId?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        data-testid={testId}
        value={value}
        required={required}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

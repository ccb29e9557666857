import { useId, type ReactNode, type Ref } from 'react';

/**
 * A file input hidden behind a button in the screen's language (the browser's own button speaks the
 * browser's). Hands on the file picked and then forgets it, so the same file can be picked again.
 */
export function FileButton({
  label,
  accept,
  testId,
  describedBy,
  disabled,
  inputRef,
  onPick,
  children,
}: {
  label: string;
  accept: string;
  testId: string;
  describedBy?: string;
  disabled?: boolean;
  /** The input itself, for a screen that gives it the focus back. */
  inputRef?: Ref<HTMLInputElement>;
  onPick: (file: File | undefined) => void;
  /** Shown after the button: the name of the file being read, say. */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="file-field">
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden file-field__input"
        type="file"
        accept={accept}
        data-testid={testId}
        aria-describedby={describedBy}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          onPick(file);
        }}
      />
      <label htmlFor={id} className="button file-field__button">
        {label}
      </label>
      {children}
    </div>
  );
}

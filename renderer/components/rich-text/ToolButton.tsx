import type { ReactNode } from 'react';

/** A toolbar button that leaves the editor's selection alone: the click acts on it. */
export function ToolButton({
  label,
  pressed,
  disabled,
  wide,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean | undefined;
  disabled?: boolean;
  /** Shows its label as text (the narrow ones show a symbol and carry the label as their name). */
  wide?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`editor-toolbar__button${wide ? ' editor-toolbar__button--wide' : ''}`}
      aria-label={wide ? undefined : label}
      title={label}
      aria-pressed={pressed === undefined ? undefined : pressed}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

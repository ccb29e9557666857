/** A chair's action with its key shown on it; `shortcut` tells assistive technology the same keys. */
export function KeyButton({
  label,
  keyName,
  shortcut,
  onClick,
  disabled,
  testId,
}: {
  label: string;
  keyName: string;
  shortcut: string;
  onClick: () => void;
  disabled: boolean;
  testId: string;
}) {
  return (
    <button
      type="button"
      className="button floor-action"
      onClick={onClick}
      disabled={disabled}
      aria-keyshortcuts={shortcut}
      data-testid={testId}
    >
      {label} <kbd>{keyName}</kbd>
    </button>
  );
}

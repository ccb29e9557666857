import { useTranslation } from 'react-i18next';

/** "Receive…" for one language: opens (and closes) the receive panel below the table. */
export function ReceiveButton({
  label,
  open,
  testId,
  onClick,
}: {
  label: string;
  open: boolean;
  testId: string;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={label}
      aria-expanded={open}
      data-testid={testId}
      onClick={onClick}
    >
      {t('translation.receive')}
    </button>
  );
}

import { useTranslation } from 'react-i18next';

/** Opens the print dialog (Session Desk's window has no print menu; a browser tab has Ctrl+P too). */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <p className="print-action">
      <button type="button" className="button button--small" data-testid="print" onClick={() => window.print()}>
        {t('print.print')}
      </button>
    </p>
  );
}

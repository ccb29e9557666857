import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Deletes after asking on the spot (no dialog): the first press asks, the second deletes. */
export function ConfirmDelete({ label, onConfirm }: { label: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('common.confirmDelete')}>
      <span>{t('common.confirmDelete')}</span>
      <button type="button" className="button button--danger" autoFocus onClick={onConfirm}>
        {t('common.yesDelete')}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void> | void;
}

/** A deletion just done, with the way back: the bar stays until the next deletion or until dismissed. */
export function useUndo() {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const offerUndo = useCallback((next: UndoOffer) => setOffer(next), []);
  const bar = offer ? <UndoBar offer={offer} onDone={() => setOffer(null)} /> : null;
  return { offerUndo, undoBar: bar };
}

function UndoBar({ offer, onDone }: { offer: UndoOffer; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="undo-bar" role="status" data-testid="undo-bar">
      <span>{offer.message}</span>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onDone();
          void offer.undo();
        }}
      >
        {t('common.undo')}
      </button>
      <button type="button" className="link-button" onClick={onDone}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

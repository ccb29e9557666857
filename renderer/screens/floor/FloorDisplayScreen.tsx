import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { useLanguage } from '../../i18n/use-language';
import { namesOf } from '../../session/names';
import { useRegistry } from '../speakers/use-registry';
import { FloorClock } from './FloorClock';
import { whoSpeaks } from './speech-names';
import { useFloor } from './use-floor';
import './floor.css';

/** Main is asked twice a second, so the room sees a change within a second of the chair's key. */
const DISPLAY_POLL_MS = 500;

/**
 * The room's display (a second tab, or Session Desk's second window, on the projector): the speaker
 * and the clock, very large, nothing to click. Read only.
 */
export function FloorDisplayScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  useDocumentTitle(t('floor.display.title'));
  const { state, elapsedOf } = useFloor(id, DISPLAY_POLL_MS);
  const { registry } = useRegistry();
  const names = useMemo(() => namesOf(registry?.organizations ?? [], registry?.people ?? []), [registry]);
  const current = state?.current ?? null;
  const who = current ? whoSpeaks(current, names, lang) : null;
  return (
    <main className="floor-display" data-testid="floor-display">
      <h1 className="visually-hidden">{t('floor.display.title')}</h1>
      {current && who ? (
        <div className="floor-display__speech" data-testid="display-speech">
          <p className="floor-display__kind">{current.kind === 'speaker' ? '' : t(`floor.kinds.${current.kind}`)}</p>
          <p className="floor-display__name" data-testid="display-name">
            {who.name || t('floor.unnamed')}
          </p>
          {who.organization && <p className="floor-display__organization">{who.organization}</p>}
          <FloorClock elapsedSeconds={elapsedOf(current)} allottedSeconds={current.allottedSeconds} />
          {current.paused && <p className="floor-display__paused">{t('floor.paused')}</p>}
        </div>
      ) : (
        <p className="floor-display__name" data-testid="display-name">
          {state ? t('floor.display.nobody') : ''}
        </p>
      )}
    </main>
  );
}

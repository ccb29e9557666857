import { useTranslation } from 'react-i18next';
import { clockFace } from '../../../shared/floor/clock-face';
import type { FloorCurrent } from '../../../shared/floor/floor-types';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { useLanguage } from '../../i18n/use-language';
import type { Names } from '../../session/names';
import { FloorClock } from './FloorClock';
import { whoSpeaks } from './speech-names';

/** Who has the floor, for whom, in what role or kind of request, the clock, and a speech a point of order suspended. */
export function CurrentSpeech({
  current,
  suspended,
  names,
  elapsedOf,
}: {
  current: FloorCurrent | null;
  suspended: FloorCurrent | null;
  names: Names;
  elapsedOf: (speech: FloorCurrent) => number;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!current) {
    return (
      <section className="floor-current" aria-labelledby="floor-current-title" data-testid="floor-current">
        <h2 id="floor-current-title">{t('floor.current')}</h2>
        <p className="floor-current__nobody" data-testid="floor-speaker">
          {t('floor.nobody')}
        </p>
      </section>
    );
  }
  const who = whoSpeaks(current, names, lang);
  const roleOrKind =
    current.kind === 'speaker' ? t(enumLabelKey('speakerRole', current.role)) : t(`floor.kinds.${current.kind}`);
  const back = suspended ? whoSpeaks(suspended, names, lang) : null;
  return (
    <section className="floor-current" aria-labelledby="floor-current-title" data-testid="floor-current">
      <h2 id="floor-current-title">{t('floor.current')}</h2>
      <div className="floor-current__body">
        <div>
          <p className="floor-current__name" data-testid="floor-speaker">
            {who.name || t('floor.unnamed')}
          </p>
          {who.organization && <p className="floor-current__organization">{who.organization}</p>}
          <p className="floor-current__role">{roleOrKind}</p>
          <p className="floor-current__allotted">
            {current.allottedSeconds
              ? t('floor.allotted', { time: clockFace(0, current.allottedSeconds).text })
              : t('floor.noAllotted')}
          </p>
        </div>
        <div className="floor-current__clock">
          <FloorClock elapsedSeconds={elapsedOf(current)} allottedSeconds={current.allottedSeconds} />
          {current.paused && (
            <p className="floor-paused" data-testid="floor-paused">
              {t('floor.paused')}
            </p>
          )}
        </div>
      </div>
      {suspended && back && (
        <p className="floor-current__suspended" data-testid="floor-suspended">
          {t('floor.suspended', {
            name: back.name || t('floor.unnamed'),
            time: clockFace(elapsedOf(suspended), suspended.allottedSeconds).text,
          })}
        </p>
      )}
    </section>
  );
}

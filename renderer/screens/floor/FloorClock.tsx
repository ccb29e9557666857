import { useTranslation } from 'react-i18next';
import { clockFace } from '../../../shared/floor/clock-face';

/** The speech's clock: time left, amber in the last minute, red from zero with the overrun ("+0:42"). */
export function FloorClock({
  elapsedSeconds,
  allottedSeconds,
}: {
  elapsedSeconds: number;
  allottedSeconds: number | null;
}) {
  const { t } = useTranslation();
  const face = clockFace(elapsedSeconds, allottedSeconds);
  const label = allottedSeconds ? t(`floor.clock.${face.phase}`) : t('floor.clock.countingUp');
  return (
    <div className={`floor-clock floor-clock--${face.phase}`} data-testid="floor-clock" data-phase={face.phase}>
      <span className="floor-clock__label">{label}</span>
      <span className="floor-clock__time" role="timer">
        {face.text}
      </span>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { minutesToWallTime } from '../../../shared/dates/format-time';
import type { ProjectedEnd } from '../../../shared/floor/projected-end';
import { useFormatters } from '../../i18n/use-formatters';

/** The open item's projected end against its slot, and the session's against its scheduled end. */
export function FloorProjection({ projection }: { projection: ProjectedEnd }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const at = (minutes: number) => format.wallTime(minutesToWallTime(minutes));
  const over = Math.round(projection.itemOverMinutes);
  const difference =
    over === 0
      ? t('floor.projection.onTime')
      : t(over > 0 ? 'floor.projection.late' : 'floor.projection.early', { minutes: format.minutes(Math.abs(over)) });
  return (
    <section className="floor-projection" aria-labelledby="floor-projection-title" data-testid="floor-projection">
      <h2 id="floor-projection-title">{t('floor.projection.title')}</h2>
      <p className={over > 0 ? 'floor-projection__late' : undefined} data-testid="floor-projection-item">
        {t('floor.projection.item', {
          end: at(projection.itemEndMinutes),
          slot: at(projection.slotEndMinutes),
          difference,
        })}
      </p>
      <p data-testid="floor-projection-session">
        {t('floor.projection.session', {
          end: at(projection.sessionEndMinutes),
          scheduled: at(projection.scheduledSessionEndMinutes),
        })}
      </p>
      <p className="floor-projection__basis">{t('floor.projection.basis')}</p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { SessionOverview } from '../../../shared/api/contract';
import { speakersPastSlot } from '../../../shared/schedule/speakers-past-slot';
import { useFormatters } from '../../i18n/use-formatters';
import { sessionHref } from '../../routing/routes';

/** Before exporting the list of speakers: the items whose speakers run past their slot, each a link to its list. */
export function SpeakersPastSlotNotice({ data }: { data: SessionOverview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const past = speakersPastSlot(data);
  if (past.length === 0) return null;
  return (
    <div className="notice notice--warning" data-testid="speakers-past-slot">
      <p>{t('speakersTime.pastSlot.title')}</p>
      <ul>
        {past.map(({ item, number, overrunMinutes, end }) => (
          <li key={item.id}>
            <a href={sessionHref(data.session.id, 'speakers', item.id)}>
              {t('speakersTime.pastSlot.item', {
                number,
                minutes: format.minutes(overrunMinutes),
                end: format.wallTime(end),
              })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

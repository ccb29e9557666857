import { useTranslation } from 'react-i18next';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { Tag } from '../../components/Tag';
import { useFormatters } from '../../i18n/use-formatters';
import { SpeakerColumnHeads } from '../speakers/SpeakerColumnHeads';
import type { AgendaLine } from './overview-model';
import './session-overview.css';

/** An item's list of speakers in its order, and whether their time fits the item's slot. */
export function SpeakerTable({ item }: { item: AgendaLine }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (item.speakers.length === 0) return <p className="muted">{t('speakers.none')}</p>;
  const { fit } = item;
  return (
    <>
      <div className="table-wrap">
        <table className="data-table speaker-table" data-testid="speaker-table">
          <caption className="speaker-table__caption">{t('speakers.caption', { number: item.number })}</caption>
          <colgroup>
            <col className="speaker-table__order" />
            <col />
            <col className="speaker-table__role" />
            <col className="speaker-table__status" />
            <col className="speaker-table__time" />
          </colgroup>
          <thead>
            <tr>
              <SpeakerColumnHeads />
              <th scope="col" className="num">
                {t('speakers.columns.time')}
              </th>
            </tr>
          </thead>
          <tbody>
            {item.speakers.map((speaker) => (
              <tr
                key={speaker.id}
                data-testid="speaker-row"
                className={speaker.status === 'withdrawn' ? 'is-withdrawn' : undefined}
              >
                <td className="num">{speaker.number}</td>
                <td>
                  <span className="speaker__name">{speaker.personName ?? speaker.organizationName}</span>
                  {speaker.personName && speaker.organizationName && (
                    <span className="speaker__organization">{speaker.organizationName}</span>
                  )}
                </td>
                <td>{t(enumLabelKey('speakerRole', speaker.role))}</td>
                <td>
                  <Tag tone={`speaker-${speaker.status}`}>{t(enumLabelKey('speakerStatus', speaker.status))}</Tag>
                </td>
                <td className="num nowrap">{format.minutes(speaker.allottedMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {fit.fits ? (
        <p className="fit-line">
          {t('speakers.fits', {
            allotted: format.minutes(fit.totalAllotted),
            duration: format.minutes(item.slot.durationMinutes),
          })}
        </p>
      ) : (
        <p className="notice notice--warning" data-testid="speakers-overflow">
          {t('speakers.overflow', {
            allotted: format.minutes(fit.totalAllotted),
            duration: format.minutes(item.slot.durationMinutes),
          })}
        </p>
      )}
    </>
  );
}

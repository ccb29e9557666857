import type { SessionOverview } from '../../../shared/api/contract';
import { PrintOnly } from '../../components/PrintOnly';
import { langIfOther } from '../../i18n/localized';
import { useFormatters } from '../../i18n/use-formatters';
import { buildOverviewModel } from '../session-overview/overview-model';
import { SpeakerTable } from '../session-overview/SpeakerTable';

/** The list of speakers of one item as printed from its editor: the item, its times, and the overview's table. */
export function SpeakersPrintView({ data, itemId }: { data: SessionOverview; itemId: string }) {
  const format = useFormatters();
  return (
    <PrintOnly className="speakers-print">
      {() => {
        const item = buildOverviewModel(data, format.lang).agenda.find((x) => x.id === itemId);
        if (!item) return null;
        return (
          <>
            <p className="speakers-print__item">
              <strong>
                {item.number}. <span lang={langIfOther(item.title, format.lang)}>{item.title.text}</span>
              </strong>{' '}
              {format.wallTime(item.slot.start)} – {format.wallTime(item.slot.end)}
            </p>
            <SpeakerTable item={item} />
          </>
        );
      }}
    </PrintOnly>
  );
}

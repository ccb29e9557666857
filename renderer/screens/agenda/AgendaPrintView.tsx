import type { SessionOverview } from '../../../shared/api/contract';
import { PrintOnly } from '../../components/PrintOnly';
import { useLanguage } from '../../i18n/use-language';
import { AgendaItemCard } from '../session-overview/AgendaItemCard';
import { buildOverviewModel } from '../session-overview/overview-model';

/** The order of business as printed from the agenda builder: the items as the overview reads them, no controls. */
export function AgendaPrintView({ data }: { data: SessionOverview }) {
  const lang = useLanguage();
  return (
    <PrintOnly className="agenda-print">
      {() => (
        <ol className="agenda">
          {buildOverviewModel(data, lang).agenda.map((item) => (
            <AgendaItemCard key={item.id} item={item} speakers={false} />
          ))}
        </ol>
      )}
    </PrintOnly>
  );
}

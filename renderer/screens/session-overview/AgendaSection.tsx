import { useTranslation } from 'react-i18next';
import { AgendaItemCard } from './AgendaItemCard';
import type { OverviewModel } from './overview-model';
import { ScheduleSummary } from './ScheduleSummary';

export function AgendaSection({ model }: { model: OverviewModel }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="agenda-title" data-testid="agenda">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      {model.agenda.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <ol className="agenda">
          {model.agenda.map((item) => (
            <AgendaItemCard key={item.id} item={item} />
          ))}
        </ol>
      )}
      <ScheduleSummary schedule={model.schedule} endTime={model.session.endTime} />
    </section>
  );
}

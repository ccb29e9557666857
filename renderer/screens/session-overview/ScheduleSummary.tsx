import { useTranslation } from 'react-i18next';
import type { Schedule } from '../../../shared/schedule/compute-schedule';
import { useFormatters } from '../../i18n/use-formatters';
import './session-overview.css';

/** The agenda's total against the session's end time, with a clear warning when it runs over. */
export function ScheduleSummary({ schedule, endTime }: { schedule: Schedule; endTime: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const over = schedule.overrunMinutes > 0;
  let verdict: string;
  if (over) verdict = t('agenda.summary.overrun', { minutes: format.minutes(schedule.overrunMinutes) });
  else if (schedule.overrunMinutes === 0) verdict = t('agenda.summary.exact');
  else verdict = t('agenda.summary.spare', { minutes: format.minutes(-schedule.overrunMinutes) });
  return (
    <section
      className={over ? 'schedule-summary is-over' : 'schedule-summary'}
      aria-labelledby="schedule-summary-title"
      data-testid="schedule-summary"
      data-overrun-minutes={schedule.overrunMinutes}
    >
      <h3 id="schedule-summary-title" className="schedule-summary__title">
        {t('agenda.summary.heading')}
      </h3>
      <dl className="schedule-summary__figures">
        <div>
          <dt>{t('agenda.summary.total')}</dt>
          <dd>{format.minutes(schedule.totalMinutes)}</dd>
        </div>
        <div>
          <dt>{t('agenda.summary.agendaEnds')}</dt>
          <dd>{format.wallTime(schedule.endsAt)}</dd>
        </div>
        <div>
          <dt>{t('agenda.summary.sessionEnds')}</dt>
          <dd>{format.wallTime(endTime)}</dd>
        </div>
      </dl>
      <p
        className={over ? 'notice notice--warning schedule-summary__verdict' : 'schedule-summary__verdict'}
        data-testid={over ? 'schedule-overrun' : 'schedule-ok'}
      >
        {over && (
          <span className="notice__icon" aria-hidden="true">
            ⚠{' '}
          </span>
        )}
        {verdict}
      </p>
    </section>
  );
}

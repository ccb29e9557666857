import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabelKey, languageNameKey } from '../../../shared/i18n/enum-labels';
import { Tag } from '../../components/Tag';
import { langIfOther } from '../../i18n/localized';
import { useFormatters } from '../../i18n/use-formatters';
import type { OverviewModel } from './overview-model';

/** The session's body and title, and the facts of its meeting: date, time, room, modality, status, original language. */
export function SessionHeader({ model }: { model: OverviewModel }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { session } = model;
  return (
    <header className="session-header">
      <p className="session-header__body" data-testid="session-body">
        {model.bodyName} <abbr title={model.bodyName}>({model.bodyCode})</abbr>
      </p>
      <h1 lang={langIfOther(model.title, format.lang)}>{model.title.text || t('sessionList.untitled')}</h1>
      <h2 className="visually-hidden">{t('overview.details')}</h2>
      <dl className="facts" data-testid="session-facts">
        <Fact label={t('overview.fields.date')}>
          <time dateTime={session.date}>{format.longDate(session.date)}</time>
        </Fact>
        <Fact label={t('overview.fields.time')}>
          {t('overview.timeSpan', { start: format.wallTime(session.startTime), end: format.wallTime(session.endTime) })}
        </Fact>
        <Fact label={t('overview.fields.room')}>{session.room || t('overview.noRoom')}</Fact>
        <Fact label={t('overview.fields.modality')}>{t(enumLabelKey('modality', session.modality))}</Fact>
        <Fact label={t('overview.fields.status')}>
          <Tag tone={`status-${session.status}`}>{t(enumLabelKey('sessionStatus', session.status))}</Tag>
        </Fact>
        <Fact label={t('overview.fields.originalLanguage')}>{t(languageNameKey(session.originalLanguage))}</Fact>
      </dl>
    </header>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

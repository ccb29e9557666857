import { useTranslation } from 'react-i18next';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { langIfOther } from '../../i18n/localized';
import { useFormatters } from '../../i18n/use-formatters';
import type { AgendaLine } from './overview-model';
import { SpeakerTable } from './SpeakerTable';
import { RichTextView } from '../../components/rich-text/RichTextView';
import './session-overview.css';

/** One item of the order of business: its time slot, number, title, kind, annotation and (unless told not to) speakers. */
export function AgendaItemCard({ item, speakers = true }: { item: AgendaLine; speakers?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const start = format.wallTime(item.slot.start);
  const end = format.wallTime(item.slot.end);
  const kind = t(enumLabelKey('agendaItemKind', item.kind));
  const sameAsTitle = kind.toLocaleLowerCase(format.lang) === item.title.text.toLocaleLowerCase(format.lang);
  return (
    <li className={item.runsPastEnd ? 'agenda-item is-over' : 'agenda-item'} data-testid="agenda-item">
      <p className="agenda-item__slot">
        <span className="visually-hidden">{t('agenda.itemTime', { start, end })}</span>
        <span aria-hidden="true">
          <time className="agenda-item__start" dateTime={item.slot.start}>
            {start}
          </time>
          <span className="agenda-item__end">
            – <time dateTime={item.slot.end}>{end}</time>
          </span>
        </span>
        <span className="agenda-item__duration">
          <span className="visually-hidden">{t('agenda.duration')}: </span>
          {format.minutes(item.slot.durationMinutes)}
        </span>
      </p>
      <div className="agenda-item__body">
        <h3 className="agenda-item__title">
          <span className="agenda-item__number">{item.number}.</span>{' '}
          <span lang={langIfOther(item.title, format.lang)}>{item.title.text}</span>
          {item.documentSymbols.length > 0 && (
            <span className="agenda-item__symbols symbol" data-testid="item-symbols">
              {' '}
              ({item.documentSymbols.join(', ')})
            </span>
          )}
        </h3>
        {!sameAsTitle && <p className="agenda-item__kind">{kind}</p>}
        {item.runsPastEnd && (
          <p className="tag tag--warning" data-testid="item-past-end">
            {t('agenda.pastEnd')}
          </p>
        )}
        {item.annotation && (
          <RichTextView
            doc={item.annotation.doc}
            lang={langIfOther(item.annotation, format.lang)}
            className="agenda-item__annotation"
            testId="item-annotation"
          />
        )}
        {speakers && <SpeakerTable item={item} />}
      </div>
    </li>
  );
}

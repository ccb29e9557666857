import { useTranslation } from 'react-i18next';
import type { SentInfo } from '../../../../shared/api/translation-procedures';
import { useFormatters } from '../../../i18n/use-formatters';
import { localCalendarDate } from '../../../components/local-date';

/** What a sending shows: a document's (with the revision sent) or the session texts'. */
type Sending = Pick<SentInfo, 'sentAt' | 'translator' | 'dueDate' | 'receivedAt'> & { symbol?: string };

/** The latest sending of a version: when, to whom, which revision, by when; and when it came back. */
export function SendingCell({ sent }: { sent: Sending | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!sent) return <span className="muted">{t('translation.notSent')}</span>;
  const sentDate = localCalendarDate(sent.sentAt);
  return (
    <span className="sending" data-testid="sending">
      <span>
        <time dateTime={sentDate}>{t('translation.sentOn', { date: format.longDate(sentDate) })}</time>
        {sent.translator && <> {t('translation.sentTo', { translator: sent.translator })}</>}
        {sent.dueDate && <>, {t('translation.dueOn', { date: format.longDate(sent.dueDate) })}</>}
      </span>
      {sent.symbol && (
        <span className="muted">
          {t('translation.revisionSent')} <span className="symbol">{sent.symbol}</span>
        </span>
      )}
      {sent.receivedAt && (
        <span>{t('translation.receivedOn', { date: format.longDate(localCalendarDate(sent.receivedAt)) })}</span>
      )}
    </span>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorQueueEntry } from '../../../shared/floor/floor-types';
import { useLanguage } from '../../i18n/use-language';
import type { Names } from '../../session/names';
import { whoSpeaks } from './speech-names';

/**
 * The queue in the order it will be heard, each request with its kind: give one the floor (past the
 * first only after a confirmation) or withdraw it. The next three come first, large, for the chair's eye.
 */
export function FloorQueue({
  queue,
  names,
  onGive,
  onWithdraw,
}: {
  queue: readonly FloorQueueEntry[];
  names: Names;
  onGive: (entry: FloorQueueEntry) => void;
  onWithdraw: (entry: FloorQueueEntry) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [confirming, setConfirming] = useState<string | null>(null);
  const nameOf = (entry: FloorQueueEntry) => whoSpeaks(entry, names, lang).name || t('floor.unnamed');
  const first = queue[0];
  return (
    <>
      <section className="floor-next" aria-labelledby="floor-next-title">
        <h2 id="floor-next-title">{t('floor.nextThree')}</h2>
        {queue.length === 0 ? (
          <p>{t('floor.queueEmpty')}</p>
        ) : (
          <ol className="floor-next__list" data-testid="floor-next">
            {queue.slice(0, 3).map((entry) => (
              <li key={entry.id}>
                <span className="floor-next__name">{nameOf(entry)}</span>
                {entry.kind !== 'speaker' && <span className="floor-kind">{t(`floor.kinds.${entry.kind}`)}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="floor-queue" aria-labelledby="floor-queue-title">
        <h2 id="floor-queue-title">{t('floor.queue')}</h2>
        {queue.length > 0 && (
          <table className="data-table floor-queue__table" data-testid="floor-queue">
            <thead>
              <tr>
                <th scope="col">{t('floor.columns.order')}</th>
                <th scope="col">{t('floor.columns.who')}</th>
                <th scope="col">{t('floor.columns.kind')}</th>
                <th scope="col">{t('floor.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((entry, index) => {
                const who = whoSpeaks(entry, names, lang);
                return (
                  <tr key={entry.id} data-testid="floor-queue-row" data-kind={entry.kind}>
                    <td>{index + 1}</td>
                    <th scope="row">
                      {who.name || t('floor.unnamed')}
                      {who.organization && <span className="floor-queue__organization">{who.organization}</span>}
                    </th>
                    <td>
                      <span className={`floor-kind floor-kind--${entry.kind}`}>{t(`floor.kinds.${entry.kind}`)}</span>
                    </td>
                    <td className="floor-queue__actions">
                      {confirming === entry.id && first ? (
                        <span
                          role="group"
                          aria-label={t('floor.confirmPast', { name: nameOf(entry), first: nameOf(first) })}
                        >
                          <span data-testid="floor-confirm-past">
                            {t('floor.confirmPast', { name: nameOf(entry), first: nameOf(first) })}
                          </span>{' '}
                          <button
                            type="button"
                            className="button button--primary button--small"
                            data-testid="floor-confirm-give"
                            onClick={() => {
                              setConfirming(null);
                              onGive(entry);
                            }}
                          >
                            {t('floor.yesGive')}
                          </button>{' '}
                          <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                            {t('common.cancel')}
                          </button>
                        </span>
                      ) : (
                        <>
                          <button
                            type="button"
                            className="button button--small"
                            data-testid="floor-give"
                            aria-label={`${t('floor.give')}: ${nameOf(entry)}`}
                            onClick={() => (index === 0 ? onGive(entry) : setConfirming(entry.id))}
                          >
                            {t('floor.give')}
                          </button>{' '}
                          <button
                            type="button"
                            className="button button--small"
                            data-testid="floor-withdraw"
                            aria-label={`${t('floor.withdraw')}: ${nameOf(entry)}`}
                            onClick={() => onWithdraw(entry)}
                          >
                            {t('floor.withdraw')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

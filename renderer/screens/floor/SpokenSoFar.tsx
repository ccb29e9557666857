import { useTranslation } from 'react-i18next';
import { minutesSeconds } from '../../../shared/floor/clock-face';
import type { FloorRecordEntry } from '../../../shared/floor/floor-types';
import { spokenTotals, type SpokenTotals } from '../../../shared/floor/totals';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { useLanguage } from '../../i18n/use-language';
import type { Names } from '../../session/names';
import { whoSpeaks } from './speech-names';

/** The record's spoken time per delegation and per role, of the open item and of the session. */
export function SpokenSoFar({
  record,
  itemId,
  names,
}: {
  record: readonly FloorRecordEntry[];
  itemId: string;
  names: Names;
}) {
  const { t } = useTranslation();
  return (
    <section className="floor-spoken" aria-labelledby="floor-spoken-title" data-testid="floor-spoken">
      <h2 id="floor-spoken-title">{t('floor.spoken.title')}</h2>
      <div className="floor-spoken__scopes">
        <Totals
          totals={spokenTotals(record, itemId)}
          title={t('floor.spoken.item')}
          testId="floor-spoken-item"
          names={names}
        />
        <Totals
          totals={spokenTotals(record)}
          title={t('floor.spoken.session')}
          testId="floor-spoken-session"
          names={names}
        />
      </div>
    </section>
  );
}

function Totals({
  totals,
  title,
  testId,
  names,
}: {
  totals: SpokenTotals;
  title: string;
  testId: string;
  names: Names;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div data-testid={testId}>
      <h3>{title}</h3>
      {totals.speeches === 0 ? (
        <p className="muted">{t('floor.spoken.none')}</p>
      ) : (
        <table className="floor-spoken__table">
          <thead>
            <tr>
              <th scope="col">{t('floor.spoken.who')}</th>
              <th scope="col">{t('floor.spoken.speeches')}</th>
              <th scope="col">{t('floor.spoken.time')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.byDelegation.map((d) => (
              <tr key={d.organizationId ?? d.personId} data-testid="floor-spoken-delegation">
                <th scope="row">{whoSpeaks(d, names, lang).name}</th>
                <td>{d.speeches}</td>
                <td>{minutesSeconds(d.seconds)}</td>
              </tr>
            ))}
            {totals.byRole.map((r) => (
              <tr key={r.role} className="floor-spoken__role" data-testid="floor-spoken-role">
                <th scope="row">{t(enumLabelKey('speakerRole', r.role))}</th>
                <td>{r.speeches}</td>
                <td>{minutesSeconds(r.seconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

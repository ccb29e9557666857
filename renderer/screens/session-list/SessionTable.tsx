import { useTranslation } from 'react-i18next';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { Tag } from '../../components/Tag';
import { langIfOther } from '../../i18n/localized';
import { useFormatters } from '../../i18n/use-formatters';
import { sessionHref } from '../../routing/routes';
import type { SessionRow } from './session-rows';
import { DeleteSession, type DeletedSession } from './DeleteSession';

export function SessionTable({
  rows,
  onDeleted,
}: {
  rows: readonly SessionRow[];
  onDeleted: (deleted: DeletedSession) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="table-wrap">
      <table className="data-table session-table" data-testid="session-table">
        <caption className="visually-hidden">{t('sessionList.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sessionList.columns.date')}</th>
            <th scope="col">{t('sessionList.columns.title')}</th>
            <th scope="col">{t('sessionList.columns.body')}</th>
            <th scope="col">{t('sessionList.columns.status')}</th>
            <th scope="col">{t('sessionList.columns.modality')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('forms.deleteSession.column')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="session-row">
              <td className="nowrap">
                <time dateTime={row.date}>{format.longDate(row.date)}</time>
              </td>
              <td>
                <a
                  className="session-table__title"
                  href={sessionHref(row.id)}
                  lang={row.title.text ? langIfOther(row.title, format.lang) : undefined}
                >
                  {row.title.text || t('sessionList.untitled')}
                </a>
              </td>
              <td>
                <abbr title={row.bodyName}>{row.bodyCode}</abbr>
              </td>
              <td>
                <Tag tone={`status-${row.status}`}>{t(enumLabelKey('sessionStatus', row.status))}</Tag>
              </td>
              <td>{t(enumLabelKey('modality', row.modality))}</td>
              <td className="actions">
                <DeleteSession id={row.id} title={row.title.text || t('sessionList.untitled')} onDeleted={onDeleted} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOOR_KINDS, type FloorKind } from '../../../shared/floor/floor-types';
import type { Organization } from '../../../shared/domain/organization';
import { useLanguage } from '../../i18n/use-language';
import { organizationLabel } from '../../session/names';

/** A request for the floor on the open item, on behalf of an organization of the registry. */
export function RequestForm({
  organizations,
  kind,
  onKind,
  organizationSelect,
  onRequest,
}: {
  organizations: readonly Organization[];
  kind: FloorKind;
  onKind: (kind: FloorKind) => void;
  organizationSelect: RefObject<HTMLSelectElement | null>;
  onRequest: (kind: FloorKind, organizationId: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [organizationId, setOrganizationId] = useState('');
  const sorted = useMemo(
    () =>
      organizations
        .map((o) => ({ id: o.id, label: organizationLabel(o, lang) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [organizations, lang],
  );
  return (
    <form
      className="floor-request"
      aria-labelledby="floor-request-title"
      data-testid="floor-request"
      onSubmit={(event) => {
        event.preventDefault();
        if (!organizationId) return;
        void onRequest(kind, organizationId).then(() => {
          setOrganizationId('');
          // O chose a point of order for this one request; the next is a speaker's again.
          onKind('speaker');
        });
      }}
    >
      <h2 id="floor-request-title">{t('floor.request.title')}</h2>
      <div className="field">
        <label htmlFor="floor-request-kind">{t('floor.request.kind')}</label>
        <select
          id="floor-request-kind"
          data-testid="floor-request-kind"
          value={kind}
          onChange={(e) => onKind(e.target.value as FloorKind)}
        >
          {FLOOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`floor.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="floor-request-organization">{t('floor.request.organization')}</label>
        <select
          id="floor-request-organization"
          ref={organizationSelect}
          data-testid="floor-request-organization"
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
          required
        >
          <option value="">{t('floor.request.choose')}</option>
          {sorted.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary" data-testid="floor-request-add">
        {t('floor.request.add')}
      </button>
    </form>
  );
}

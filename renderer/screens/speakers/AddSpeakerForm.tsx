import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { AgendaItem } from '../../../shared/domain/agenda-item';
import type { Organization } from '../../../shared/domain/organization';
import type { Person } from '../../../shared/domain/person';
import { SPEAKER_ROLES, type Speaker, type SpeakerRole } from '../../../shared/domain/speaker';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { toApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import { registryHref } from '../../routing/routes';
import { useSaver } from '../../saving/use-saver';
import { organizationLabel, personLabel } from '../../session/names';
import {
  DEFAULT_ALLOTTED,
  DEFAULT_STATUS,
  needsPerson,
  ROLE_ORGANIZATIONS,
  wallClockNow,
} from '../../../shared/speakers/speaker-defaults';

/**
 * Inscribes a speaker: a panelist (person and whom they speak for), a delegation (a member state, person optional), an observer or an organization.
 * Memoised: its lists hold every person of the registry, and a move in the list above changes nothing here.
 */
export const AddSpeakerForm = memo(function AddSpeakerForm({
  item,
  registry,
  onAdded,
}: {
  item: AgendaItem;
  registry: { organizations: Organization[]; people: Person[] };
  onAdded: (speaker: Speaker) => void;
  onRegistryChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const saver = useSaver();
  const [role, setRole] = useState<SpeakerRole>(item.kind === 'dialogue' ? 'delegation' : 'panelist');
  const [organizationId, setOrganizationId] = useState('');
  const [personId, setPersonId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState('');

  const organizations = useMemo(
    () =>
      registry.organizations
        .filter((o) => ROLE_ORGANIZATIONS[role].includes(o.kind))
        .map((o) => ({ value: o.id, label: organizationLabel(o, lang) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [registry.organizations, role, lang],
  );
  const people = useMemo(
    () =>
      registry.people
        .map((p) => ({ value: p.id, label: personLabel(p), organizationId: p.organizationId }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [registry.people, lang],
  );
  const personRequired = needsPerson(role);
  const organizationRequired = !personRequired;
  const canAdd = (!personRequired || personId !== '') && (!organizationRequired || organizationId !== '');

  async function add() {
    if (!canAdd) return;
    setBusy(true);
    setError(null);
    const person = registry.people.find((p) => p.id === personId);
    try {
      const speaker = await saver.run(`speakers-order:${item.id}`, () =>
        saver.api.call('speakers.create', {
          agendaItemId: item.id,
          personId: personId || null,
          organizationId: organizationId || person?.organizationId || null,
          role,
          allottedMinutes: DEFAULT_ALLOTTED[role],
          status: DEFAULT_STATUS[role],
          requestedAt: wallClockNow(),
        }),
      );
      onAdded(speaker);
      const label = person ? personLabel(person) : (organizations.find((o) => o.value === organizationId)?.label ?? '');
      setAdded(t('speakersEditor.added', { name: label }));
      setPersonId('');
      setOrganizationId('');
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  const none = { value: '', label: t('speakersEditor.choose') };
  const orgLabel = t(`speakersEditor.organizationFor.${role}`);
  return (
    <form
      className="form-card add-speaker"
      aria-labelledby="add-speaker-title"
      data-testid="add-speaker"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h3 id="add-speaker-title">{t('speakersEditor.addTitle')}</h3>
      <div className="form-grid">
        <SelectField
          label={t('speakers.columns.role')}
          value={role}
          testId="new-speaker-role"
          options={SPEAKER_ROLES.map((r) => ({ value: r, label: t(enumLabelKey('speakerRole', r)) }))}
          onChange={(next) => {
            setRole(next);
            setOrganizationId('');
            setError(null);
          }}
        />
        <SelectField
          label={`${t('speakersEditor.person')}${personRequired ? '' : ` (${t('speakersEditor.optional')})`}`}
          value={personId}
          testId="new-speaker-person"
          options={[none, ...people]}
          onChange={(next) => {
            setPersonId(next);
            setError(null);
            const person = registry.people.find((p) => p.id === next);
            if (person?.organizationId && organizations.some((o) => o.value === person.organizationId)) {
              setOrganizationId(person.organizationId);
            }
          }}
        />
        <SelectField
          label={`${orgLabel}${organizationRequired ? '' : ` (${t('speakersEditor.optional')})`}`}
          value={organizationId}
          testId="new-speaker-organization"
          options={[none, ...organizations]}
          onChange={(next) => {
            setOrganizationId(next);
            setError(null);
          }}
        />
      </div>
      <p className="field__hint">
        {t('speakersEditor.registryHint')} <a href={registryHref()}>{t('nav.registry')}</a>
      </p>
      <button
        type="submit"
        className="button button--primary"
        disabled={busy || !canAdd}
        data-testid="add-speaker-submit"
      >
        {t('speakersEditor.add')}
      </button>
      <p className="visually-hidden" role="status">
        {added}
      </p>
      {error &&
        (error.code === 'duplicate' ? (
          <p className="notice notice--error" role="alert" data-testid="duplicate-speaker">
            {t('speakersEditor.duplicate')}
          </p>
        ) : (
          <ErrorNotice error={error} />
        ))}
    </form>
  );
});

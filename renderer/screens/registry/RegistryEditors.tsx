import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../../shared/domain/languages';
import { ORGANIZATION_KINDS, type Organization } from '../../../shared/domain/organization';
import type { Person } from '../../../shared/domain/person';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { LocalizedFields, SelectField, TextField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import { ConfirmDelete } from './ConfirmDelete';
import { useRegistryRow } from './use-registry-row';

export function OrganizationEditor({
  organization,
  onEdited,
  onDeleted,
}: {
  organization: Organization;
  onEdited: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const { row, change, remove, error } = useRegistryRow(
    'organizations',
    organization.id,
    () => api.call('organizations.get', { id: organization.id }),
    () => api.call('organizations.delete', { id: organization.id }),
    onEdited,
    onDeleted,
  );
  if (!row) return <Loading />;
  const fixed = row.isReference;
  return (
    <form
      className="form-card"
      onSubmit={(e) => e.preventDefault()}
      data-testid="organization-editor"
      data-row-id={row.id}
    >
      <h2>{pickLocalized(row.name, lang) || t('registry.unnamed')}</h2>
      {fixed && (
        <p className="notice notice--info" data-testid="reference-note">
          {t('registry.referenceNote')}
        </p>
      )}
      <LocalizedFields
        label={t('registry.fields.name')}
        value={row.name}
        rules={{ field: 'name', maxLength: 2000 }}
        first={lang}
        disabled={fixed}
        onChange={(name) => change({ name })}
      />
      <LocalizedFields
        label={t('registry.fields.acronym')}
        value={row.acronym}
        rules={{ field: 'acronym', maxLength: 2000 }}
        first={lang}
        disabled={fixed}
        onChange={(acronym) => change({ acronym })}
      />
      <div className="form-grid">
        <SelectField
          label={t('registry.kind')}
          value={row.kind}
          disabled={fixed}
          options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(enumLabelKey('organizationKind', k)) }))}
          onChange={(kind) => change({ kind })}
        />
        <TextField
          label={t('registry.fields.email')}
          type="email"
          value={row.email}
          testId="org-email"
          onChange={(email) => change({ email })}
        />
        <TextField
          label={t('registry.fields.phone')}
          type="tel"
          value={row.phone}
          onChange={(phone) => change({ phone })}
        />
      </div>
      <TextField
        label={t('registry.fields.notes')}
        multiline
        value={row.notes}
        onChange={(notes) => change({ notes })}
      />
      {!fixed && <ConfirmDelete label={t('registry.deleteOrganization')} onConfirm={remove} />}
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

export function PersonEditor({
  person,
  organizations,
  onEdited,
  onDeleted,
}: {
  person: Person;
  organizations: readonly Organization[];
  onEdited: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const { row, change, remove, error } = useRegistryRow(
    'people',
    person.id,
    () => api.call('people.get', { id: person.id }),
    () => api.call('people.delete', { id: person.id }),
    onEdited,
    onDeleted,
  );
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  if (!row) return <Loading />;
  const options = [...organizations]
    .map((o) => ({ value: o.id, label: pickLocalized(o.name, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return (
    <form className="form-card" onSubmit={(e) => e.preventDefault()} data-testid="person-editor" data-row-id={row.id}>
      <h2>{[row.honorific, row.name].filter(Boolean).join(' ')}</h2>
      <div className="form-grid">
        <TextField
          label={t('registry.fields.honorific')}
          hint={t('registry.honorificHint')}
          value={row.honorific}
          testId="person-honorific"
          onChange={(honorific) => change({ honorific })}
        />
        <TextField
          label={t('registry.fields.name')}
          value={nameDraft ?? row.name}
          error={nameDraft !== null ? t('registry.nameRequired') : undefined}
          onChange={(name) => {
            if (name.trim()) {
              setNameDraft(null);
              change({ name });
            } else setNameDraft(name);
          }}
        />
        <TextField
          label={t('registry.fields.position')}
          value={row.position}
          testId="person-position"
          onChange={(position) => change({ position })}
        />
        <SelectField
          label={t('registry.fields.organization')}
          value={row.organizationId ?? ''}
          testId="person-organization"
          options={[{ value: '', label: t('registry.noOrganization') }, ...options]}
          onChange={(id) => change({ organizationId: id || null })}
        />
        <TextField
          label={t('registry.fields.email')}
          type="email"
          value={row.email}
          onChange={(email) => change({ email })}
        />
      </div>
      <ConfirmDelete label={t('registry.deletePerson')} onConfirm={remove} />
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

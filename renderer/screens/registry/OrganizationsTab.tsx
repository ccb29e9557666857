import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyLocalized, pickLocalized } from '../../../shared/domain/languages';
import { ORGANIZATION_KINDS, type Organization, type OrganizationKind } from '../../../shared/domain/organization';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { useApi } from '../../api/api-context';
import { SelectField, TextField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import { NewEntryForm } from './NewEntryForm';
import { RegistryLayout } from './RegistryLayout';
import { OrganizationEditor } from './RegistryEditors';
import { useRegistryList } from './use-registry-list';
import { useSearch } from './use-search';

export function OrganizationsTab() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const list = useRegistryList();
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [newKind, setNewKind] = useState<OrganizationKind>('civil_society');
  const search = useSearch<Organization>(
    () => api.call('organizations.list', { query: list.query.trim() || undefined, kind: kind || undefined }),
    `${list.query}|${kind}|${list.round}`,
  );
  const rows = search.rows
    ? [...search.rows].sort((a, b) => pickLocalized(a.name, lang).localeCompare(pickLocalized(b.name, lang), lang))
    : null;
  const current = rows?.find((o) => o.id === list.selected) ?? null;

  const create = () =>
    list.create(
      (name) =>
        api.call('organizations.create', {
          kind: newKind,
          code: null,
          acronym: emptyLocalized(),
          name: { ...emptyLocalized(), [lang]: name },
          email: '',
          phone: '',
          notes: '',
        }),
      () => setKind(''),
    );

  return (
    <RegistryLayout
      titleId="org-list-title"
      title={t('registry.tabs.organizations')}
      filters={
        <div className="form-grid form-grid--tight">
          <TextField
            label={t('registry.search')}
            type="search"
            value={list.query}
            testId="registry-search"
            hint={t('registry.searchHint')}
            onChange={list.setQuery}
          />
          <SelectField
            label={t('registry.kind')}
            value={kind}
            options={[
              { value: '', label: t('registry.allKinds') },
              ...ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(enumLabelKey('organizationKind', k)) })),
            ]}
            onChange={setKind}
          />
        </div>
      }
      entries={
        rows?.map((o) => ({
          id: o.id,
          name: pickLocalized(o.name, lang),
          meta: [pickLocalized(o.acronym, lang), t(enumLabelKey('organizationKind', o.kind))]
            .filter(Boolean)
            .join(' · '),
        })) ?? null
      }
      searchError={search.error}
      emptyHint={t('registry.noMatch')}
      resultsTestId="organization-results"
      selected={list.selected}
      onSelect={list.setSelected}
      newEntry={
        <NewEntryForm
          title={t('registry.newOrganization')}
          canAdd={!!list.newName.trim()}
          addLabel={t('registry.addOrganization')}
          onAdd={() => void create()}
          error={list.error}
        >
          <TextField
            label={t('registry.nameIn', { language: t(`languages.${lang}`) })}
            value={list.newName}
            onChange={list.setNewName}
          />
          <SelectField
            label={t('registry.kind')}
            value={newKind}
            options={ORGANIZATION_KINDS.filter((k) => k !== 'member_state').map((k) => ({
              value: k,
              label: t(enumLabelKey('organizationKind', k)),
            }))}
            onChange={setNewKind}
          />
        </NewEntryForm>
      }
      detail={
        current && (
          <OrganizationEditor
            key={current.id}
            organization={current}
            onEdited={list.refresh}
            onDeleted={list.forgetSelected}
          />
        )
      }
      pickHint={t('registry.pickOrganization')}
    />
  );
}

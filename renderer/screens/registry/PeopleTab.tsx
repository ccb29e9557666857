import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../../shared/domain/languages';
import type { Organization } from '../../../shared/domain/organization';
import type { Person } from '../../../shared/domain/person';
import { useApi } from '../../api/api-context';
import { TextField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import { NewEntryForm } from './NewEntryForm';
import { RegistryLayout } from './RegistryLayout';
import { PersonEditor } from './RegistryEditors';
import { useRegistryList } from './use-registry-list';
import { useSearch } from './use-search';

export function PeopleTab() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const list = useRegistryList();
  const search = useSearch<Person>(
    () => api.call('people.list', { query: list.query.trim() || undefined }),
    `${list.query}|${list.round}`,
  );
  const organizations = useSearch<Organization>(() => api.call('organizations.list', {}), 'all');
  const orgNames = new Map((organizations.rows ?? []).map((o) => [o.id, pickLocalized(o.name, lang)]));
  const rows = search.rows ? [...search.rows].sort((a, b) => a.name.localeCompare(b.name, lang)) : null;
  const current = rows?.find((p) => p.id === list.selected) ?? null;

  const create = () =>
    list.create((name) =>
      api.call('people.create', { name, honorific: '', position: '', organizationId: null, email: '' }),
    );

  return (
    <RegistryLayout
      titleId="people-list-title"
      title={t('registry.tabs.people')}
      filters={
        <TextField
          label={t('registry.search')}
          type="search"
          value={list.query}
          testId="registry-search"
          hint={t('registry.searchPeopleHint')}
          onChange={list.setQuery}
        />
      }
      entries={
        rows?.map((p) => ({
          id: p.id,
          name: [p.honorific, p.name].filter(Boolean).join(' '),
          meta: [p.position, p.organizationId ? orgNames.get(p.organizationId) : ''].filter(Boolean).join(' · '),
        })) ?? null
      }
      searchError={search.error}
      emptyHint={t('registry.noPeople')}
      resultsTestId="people-results"
      selected={list.selected}
      onSelect={list.setSelected}
      newEntry={
        <NewEntryForm
          title={t('registry.newPerson')}
          canAdd={!!list.newName.trim()}
          addLabel={t('registry.addPerson')}
          addTestId="add-person"
          onAdd={() => void create()}
          error={list.error}
        >
          <TextField
            label={t('registry.fields.name')}
            value={list.newName}
            testId="new-person-name"
            onChange={list.setNewName}
          />
        </NewEntryForm>
      }
      detail={
        current && (
          <PersonEditor
            key={current.id}
            person={current}
            organizations={organizations.rows ?? []}
            onEdited={list.refresh}
            onDeleted={list.forgetSelected}
          />
        )
      }
      pickHint={t('registry.pickPerson')}
    />
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import { emptyLocalized, pickLocalized } from '../../../shared/domain/languages';
import { ORGANIZATION_KINDS, type Organization, type OrganizationKind } from '../../../shared/domain/organization';
import type { Person } from '../../../shared/domain/person';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { toApiError } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { SelectField, TextField } from '../../components/form/fields';
import { useLanguage } from '../../i18n/use-language';
import { useSaveQueue } from '../../saving/save-context';
import { OrganizationEditor, PersonEditor } from './RegistryEditors';

type Tab = 'organizations' | 'people';

/** The registry: organizations (member states shipped, names fixed) and people, searchable by any of the four names or an acronym. */
export function RegistryScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('registry.title'));
  const [tab, setTab] = useState<Tab>('organizations');
  return (
    <div className="screen registry">
      <h1>{t('registry.title')}</h1>
      <p className="lead">{t('registry.intro')}</p>
      <div className="segmented" role="group" aria-label={t('registry.show')}>
        {(['organizations', 'people'] as const).map((name) => (
          <button
            key={name}
            type="button"
            className="segmented__button"
            aria-pressed={tab === name}
            data-testid={`registry-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`registry.tabs.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'organizations' ? <Organizations /> : <People />}
    </div>
  );
}

/** Answers of a search, kept with the query they answer; re-asked `round` times when something was saved. */
function useSearch<T>(ask: () => Promise<T[]>, key: string) {
  const queue = useSaveQueue();
  const [state, setState] = useState<{ key: string; rows: T[] | null; error: ApiError | null }>({
    key: '',
    rows: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void queue
        .flush()
        .then(ask)
        .then(
          (rows) => live && setState({ key, rows, error: null }),
          (error: unknown) => live && setState({ key, rows: null, error: toApiError(error) }),
        );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `ask` is rebuilt every render; `key` says when its answer changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, queue]);
  return state;
}

function Organizations() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [round, setRound] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newKind, setNewKind] = useState<OrganizationKind>('civil_society');
  const [error, setError] = useState<ApiError | null>(null);
  const search = useSearch<Organization>(
    () => api.call('organizations.list', { query: query.trim() || undefined, kind: kind || undefined }),
    `${query}|${kind}|${round}`,
  );
  const rows = search.rows
    ? [...search.rows].sort((a, b) => pickLocalized(a.name, lang).localeCompare(pickLocalized(b.name, lang), lang))
    : null;
  const current = rows?.find((o) => o.id === selected) ?? null;

  async function create() {
    if (!newName.trim()) return;
    setError(null);
    try {
      const created = await api.call('organizations.create', {
        kind: newKind,
        code: null,
        acronym: emptyLocalized(),
        name: { ...emptyLocalized(), [lang]: newName.trim() },
        email: '',
        phone: '',
        notes: '',
      });
      setNewName('');
      setQuery('');
      setKind('');
      setSelected(created.id);
      setRound((r) => r + 1);
    } catch (failure) {
      setError(toApiError(failure));
    }
  }

  return (
    <div className="registry__layout">
      <section aria-labelledby="org-list-title" className="registry__list">
        <h2 id="org-list-title" className="visually-hidden">
          {t('registry.tabs.organizations')}
        </h2>
        <div className="form-grid form-grid--tight">
          <TextField
            label={t('registry.search')}
            type="search"
            value={query}
            testId="registry-search"
            hint={t('registry.searchHint')}
            onChange={setQuery}
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
        {search.error && <ErrorNotice error={search.error} />}
        {!rows && !search.error && <Loading />}
        {rows && rows.length === 0 && <p className="empty-hint">{t('registry.noMatch')}</p>}
        {rows && rows.length > 0 && (
          <ul className="pick-list" data-testid="organization-results">
            {rows.map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="pick-list__button"
                  aria-pressed={o.id === selected}
                  onClick={() => setSelected(o.id)}
                >
                  <span className="pick-list__name">{pickLocalized(o.name, lang)}</span>
                  <span className="pick-list__meta">
                    {[pickLocalized(o.acronym, lang), t(enumLabelKey('organizationKind', o.kind))]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="form-card"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <h3>{t('registry.newOrganization')}</h3>
          <TextField
            label={t('registry.nameIn', { language: t(`languages.${lang}`) })}
            value={newName}
            onChange={setNewName}
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
          <button type="submit" className="button" disabled={!newName.trim()}>
            {t('registry.addOrganization')}
          </button>
          {error && <ErrorNotice error={error} />}
        </form>
      </section>
      <section className="registry__detail" aria-live="polite">
        {current ? (
          <OrganizationEditor
            key={current.id}
            organization={current}
            onEdited={() => setRound((r) => r + 1)}
            onDeleted={() => {
              setSelected(null);
              setRound((r) => r + 1);
            }}
          />
        ) : (
          <p className="empty-hint">{t('registry.pickOrganization')}</p>
        )}
      </section>
    </div>
  );
}

function People() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [round, setRound] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const search = useSearch<Person>(
    () => api.call('people.list', { query: query.trim() || undefined }),
    `${query}|${round}`,
  );
  const organizations = useSearch<Organization>(() => api.call('organizations.list', {}), 'all');
  const orgNames = new Map((organizations.rows ?? []).map((o) => [o.id, pickLocalized(o.name, lang)]));
  const rows = search.rows ? [...search.rows].sort((a, b) => a.name.localeCompare(b.name, lang)) : null;
  const current = rows?.find((p) => p.id === selected) ?? null;

  async function create() {
    if (!newName.trim()) return;
    setError(null);
    try {
      const created = await api.call('people.create', {
        name: newName.trim(),
        honorific: '',
        position: '',
        organizationId: null,
        email: '',
      });
      setNewName('');
      setQuery('');
      setSelected(created.id);
      setRound((r) => r + 1);
    } catch (failure) {
      setError(toApiError(failure));
    }
  }

  return (
    <div className="registry__layout">
      <section aria-labelledby="people-list-title" className="registry__list">
        <h2 id="people-list-title" className="visually-hidden">
          {t('registry.tabs.people')}
        </h2>
        <TextField
          label={t('registry.search')}
          type="search"
          value={query}
          testId="registry-search"
          hint={t('registry.searchPeopleHint')}
          onChange={setQuery}
        />
        {search.error && <ErrorNotice error={search.error} />}
        {!rows && !search.error && <Loading />}
        {rows && rows.length === 0 && <p className="empty-hint">{t('registry.noPeople')}</p>}
        {rows && rows.length > 0 && (
          <ul className="pick-list" data-testid="people-results">
            {rows.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="pick-list__button"
                  aria-pressed={p.id === selected}
                  onClick={() => setSelected(p.id)}
                >
                  <span className="pick-list__name">{[p.honorific, p.name].filter(Boolean).join(' ')}</span>
                  <span className="pick-list__meta">
                    {[p.position, p.organizationId ? orgNames.get(p.organizationId) : ''].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="form-card"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <h3>{t('registry.newPerson')}</h3>
          <TextField label={t('registry.fields.name')} value={newName} testId="new-person-name" onChange={setNewName} />
          <button type="submit" className="button" disabled={!newName.trim()} data-testid="add-person">
            {t('registry.addPerson')}
          </button>
          {error && <ErrorNotice error={error} />}
        </form>
      </section>
      <section className="registry__detail" aria-live="polite">
        {current ? (
          <PersonEditor
            key={current.id}
            person={current}
            organizations={organizations.rows ?? []}
            onEdited={() => setRound((r) => r + 1)}
            onDeleted={() => {
              setSelected(null);
              setRound((r) => r + 1);
            }}
          />
        ) : (
          <p className="empty-hint">{t('registry.pickPerson')}</p>
        )}
      </section>
    </div>
  );
}

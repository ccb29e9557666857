import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { OrganizationsTab } from './OrganizationsTab';
import { PeopleTab } from './PeopleTab';
import './registry.css';

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
      {tab === 'organizations' ? <OrganizationsTab /> : <PeopleTab />}
    </div>
  );
}

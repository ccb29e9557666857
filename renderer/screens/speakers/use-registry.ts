import { useCallback, useEffect, useState } from 'react';
import type { Organization } from '../../../shared/domain/organization';
import type { Person } from '../../../shared/domain/person';
import { useApi } from '../../api/api-context';

export interface Registry {
  organizations: Organization[];
  people: Person[];
}

/** The registry's organizations and people, for naming speakers and adding them; reloaded on demand. */
export function useRegistry() {
  const api = useApi();
  const [registry, setRegistry] = useState<Registry | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([api.call('organizations.list', {}), api.call('people.list', {})]).then(
      ([organizations, people]) => live && setRegistry({ organizations, people }),
      () => live && setRegistry({ organizations: [], people: [] }),
    );
    return () => {
      live = false;
    };
  }, [api, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { registry, reload };
}

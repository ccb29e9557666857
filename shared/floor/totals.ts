import type { SpeakerRole } from '../domain/speaker';
import type { FloorRecordEntry } from './floor-types';

type Spoken = Pick<FloorRecordEntry, 'itemId' | 'organizationId' | 'personId' | 'role' | 'spokenSeconds'>;

export interface SpokenTotal {
  seconds: number;
  speeches: number;
}

export interface DelegationTotal extends SpokenTotal {
  /** The delegation or organization; a person who spoke for none is counted on their own. */
  organizationId: string | null;
  personId: string | null;
}

export interface RoleTotal extends SpokenTotal {
  role: SpeakerRole;
}

export interface SpokenTotals extends SpokenTotal {
  /** Longest first; ties in the order they first spoke. */
  byDelegation: DelegationTotal[];
  byRole: RoleTotal[];
}

function add<T extends SpokenTotal>(totals: Map<string, T>, key: string, make: () => T, seconds: number): void {
  const total = totals.get(key) ?? make();
  total.seconds += seconds;
  total.speeches += 1;
  totals.set(key, total);
}

const longestFirst = <T extends SpokenTotal>(totals: Map<string, T>): T[] =>
  [...totals.values()].sort((a, b) => b.seconds - a.seconds);

/** Spoken time per delegation and per role, of one item (itemId) or of the whole record. */
export function spokenTotals(record: readonly Spoken[], itemId?: string): SpokenTotals {
  const entries = itemId === undefined ? record : record.filter((e) => e.itemId === itemId);
  const byDelegation = new Map<string, DelegationTotal>();
  const byRole = new Map<string, RoleTotal>();
  for (const e of entries) {
    const delegation = e.organizationId ?? `person:${e.personId}`;
    const organizationId = e.organizationId;
    const personId = e.organizationId === null ? e.personId : null;
    add(byDelegation, delegation, () => ({ organizationId, personId, seconds: 0, speeches: 0 }), e.spokenSeconds);
    add(byRole, e.role, () => ({ role: e.role, seconds: 0, speeches: 0 }), e.spokenSeconds);
  }
  return {
    seconds: entries.reduce((sum, e) => sum + e.spokenSeconds, 0),
    speeches: entries.length,
    byDelegation: longestFirst(byDelegation),
    byRole: longestFirst(byRole),
  };
}

import type { Speaker, SpeakerRole } from '../domain/speaker';

/**
 * The rule the list of speakers follows unless the chair sets the order by hand: the moderator and
 * keynote speakers, then the panelists, then the delegations of member states in the order their
 * requests came in, then observers and organizations. Withdrawn speakers go last.
 */
const ROLE_RANK: Readonly<Record<SpeakerRole, number>> = {
  moderator: 0,
  keynote: 1,
  panelist: 2,
  delegation: 3,
  observer: 4,
  organization: 5,
};

type Orderable = Pick<Speaker, 'id' | 'role' | 'status' | 'requestedAt' | 'position'>;

export function orderByRule<S extends Orderable>(speakers: readonly S[]): S[] {
  return [...speakers].sort(
    (a, b) =>
      Number(a.status === 'withdrawn') - Number(b.status === 'withdrawn') ||
      ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
      (a.role === 'panelist' || a.role === 'moderator' || a.role === 'keynote' ? a.position - b.position : 0) ||
      a.requestedAt.localeCompare(b.requestedAt) ||
      a.position - b.position,
  );
}

/** The order in force: the rule's, or the chair's own (the stored positions). */
export function orderSpeakers<S extends Orderable>(speakers: readonly S[], mode: 'by_rule' | 'manual'): S[] {
  return mode === 'manual' ? [...speakers].sort((a, b) => a.position - b.position) : orderByRule(speakers);
}

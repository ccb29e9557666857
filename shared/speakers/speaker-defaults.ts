import type { OrganizationKind } from '../domain/organization';
import type { SpeakerRole, SpeakerStatus } from '../domain/speaker';

/** Minutes a new speaker of each role gets at first. */
export const DEFAULT_ALLOTTED: Record<SpeakerRole, number> = {
  moderator: 5,
  keynote: 15,
  panelist: 10,
  delegation: 3,
  observer: 3,
  organization: 3,
};

/** Panel roles are invited, so they start confirmed; the others ask for the floor. */
export const DEFAULT_STATUS: Record<SpeakerRole, SpeakerStatus> = {
  moderator: 'confirmed',
  keynote: 'confirmed',
  panelist: 'confirmed',
  delegation: 'requested',
  observer: 'requested',
  organization: 'requested',
};

/** Whom a speaker of each role may speak for; the panel roles need a person. */
export const ROLE_ORGANIZATIONS: Record<SpeakerRole, readonly OrganizationKind[]> = {
  moderator: ['mechanism', 'international_organization', 'civil_society', 'secretariat', 'member_state', 'observer'],
  keynote: ['mechanism', 'international_organization', 'civil_society', 'secretariat', 'member_state', 'observer'],
  panelist: ['mechanism', 'international_organization', 'civil_society', 'secretariat', 'member_state', 'observer'],
  delegation: ['member_state'],
  observer: ['observer'],
  organization: ['international_organization', 'mechanism', 'civil_society', 'secretariat'],
};

export const needsPerson = (role: SpeakerRole): boolean =>
  role === 'moderator' || role === 'keynote' || role === 'panelist';

/** The wall clock now, as `YYYY-MM-DDTHH:MM:SS` (no zone: the time the room's clock shows). */
export function wallClockNow(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(
    now.getMinutes(),
  )}:${pad(now.getSeconds())}`;
}

/** The role of someone who asks for the floor for an organization of that kind (not a panel role). */
export function requestRole(kind: OrganizationKind | null): SpeakerRole {
  const roles = ['delegation', 'observer', 'organization'] as const;
  return roles.find((role) => kind !== null && ROLE_ORGANIZATIONS[role].includes(kind)) ?? 'organization';
}

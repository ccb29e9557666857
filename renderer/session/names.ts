import { pickLocalized, type Language } from '../../shared/domain/languages';
import type { Organization } from '../../shared/domain/organization';
import type { Person } from '../../shared/domain/person';
import type { Speaker } from '../../shared/domain/speaker';

/** "International Organization for Migration (IOM)": the name in `lang`, with its acronym when it differs. */
export function organizationLabel(org: Organization, lang: Language): string {
  const name = pickLocalized(org.name, lang);
  const acronym = pickLocalized(org.acronym, lang);
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

/** "Ms. Laura Méndez Ortiz". */
export const personLabel = (person: Person): string => [person.honorific, person.name].filter(Boolean).join(' ');

export interface Names {
  organizations: ReadonlyMap<string, Organization>;
  people: ReadonlyMap<string, Person>;
}

export function namesOf(organizations: readonly Organization[], people: readonly Person[]): Names {
  return {
    organizations: new Map(organizations.map((o) => [o.id, o])),
    people: new Map(people.map((p) => [p.id, p])),
  };
}

/** Who a speaker is, as a list prints it: the person (if named) and whom they speak for. */
export function speakerNames(
  speaker: Pick<Speaker, 'personId' | 'organizationId'>,
  names: Names,
  lang: Language,
): { person: string | null; organization: string | null } {
  const person = speaker.personId ? names.people.get(speaker.personId) : undefined;
  const organizationId = speaker.organizationId ?? person?.organizationId ?? null;
  const organization = organizationId ? names.organizations.get(organizationId) : undefined;
  return {
    person: person ? personLabel(person) : null,
    organization: organization ? organizationLabel(organization, lang) : null,
  };
}

/** The shortest name that says who speaks: the person, else whom they speak for. */
export function speakerShortName(speaker: Pick<Speaker, 'personId' | 'organizationId'>, names: Names, lang: Language) {
  const n = speakerNames(speaker, names, lang);
  return n.person ?? n.organization ?? '';
}

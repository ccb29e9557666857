import type { Language } from '../../../shared/domain/languages';
import { speakerNames, type Names } from '../../session/names';

interface Someone {
  personId?: string | null | undefined;
  organizationId?: string | null | undefined;
}

/** Who holds or asks for the floor: the person if named, else whom they speak for; and that organization. */
export function whoSpeaks(
  someone: Someone,
  names: Names,
  lang: Language,
): { name: string; organization: string | null } {
  const found = speakerNames(
    { personId: someone.personId ?? null, organizationId: someone.organizationId ?? null },
    names,
    lang,
  );
  return {
    name: found.person ?? found.organization ?? '',
    organization: found.person ? found.organization : null,
  };
}

import { AGENDA_ITEM_KINDS, SPEAKER_ORDERS } from '../domain/agenda-item';
import { DOCUMENT_KINDS, REVISION_KINDS, VERSION_STATUSES } from '../domain/document';
import type { Language } from '../domain/languages';
import { ORGANIZATION_KINDS } from '../domain/organization';
import { MODALITIES, SESSION_STATUSES } from '../domain/session';
import { SPEAKER_ROLES, SPEAKER_STATUSES } from '../domain/speaker';

/** Every enum of the domain that a screen shows, by the name its labels sit under in `ui:enums.<name>`. */
export const LABELLED_ENUMS = {
  sessionStatus: SESSION_STATUSES,
  modality: MODALITIES,
  agendaItemKind: AGENDA_ITEM_KINDS,
  speakerOrder: SPEAKER_ORDERS,
  speakerRole: SPEAKER_ROLES,
  speakerStatus: SPEAKER_STATUSES,
  documentKind: DOCUMENT_KINDS,
  revisionKind: REVISION_KINDS,
  versionStatus: VERSION_STATUSES,
  organizationKind: ORGANIZATION_KINDS,
} as const;

export type EnumName = keyof typeof LABELLED_ENUMS;
export type EnumValue<N extends EnumName> = (typeof LABELLED_ENUMS)[N][number];

/** The shape `ui:enums` must have: a label for every value of every enum. */
export type EnumLabels = { [N in EnumName]: Record<EnumValue<N>, string> };

/** The `ui` key of an enum value's label: `enums.sessionStatus.draft`. */
export const enumLabelKey = <N extends EnumName>(name: N, value: EnumValue<N>): `enums.${N}.${EnumValue<N>}` =>
  `enums.${name}.${value}`;

/** The `ui` key of a language's name as running text: `languages.es` ("Spanish", "español"). */
export const languageNameKey = (lang: Language): `languages.${Language}` => `languages.${lang}`;

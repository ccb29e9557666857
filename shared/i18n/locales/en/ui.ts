import type { ErrorCode } from '../../../api/errors';
import type { Language } from '../../../domain/languages';
import type { EnumLabels } from '../../enum-labels';

/** Screen strings, English: the reference every other language matches key for key. */
export const ui = {
  app: {
    name: 'Session Desk',
    subtitle: 'Sessions, agendas and documents',
    documentTitle: '{{page}} – Session Desk',
    skipToContent: 'Skip to main content',
  },
  nav: {
    label: 'Main navigation',
    sessions: 'Sessions',
    breadcrumb: 'Breadcrumb',
  },
  language: {
    label: 'Language',
    // Each language's own name, as a menu item (the same text in every language file).
    endonyms: { en: 'English', es: 'Español', fr: 'Français', pt: 'Português' } satisfies Record<Language, string>,
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    notSet: 'Not set',
  },
  errors: {
    title: 'Something went wrong',
    validation: 'Some of the data is not valid. Check what you entered and try again.',
    not_found: 'This record does not exist. It may have been deleted.',
    in_use: 'This record is still in use elsewhere, so it cannot be deleted.',
    duplicate: 'A record with the same value already exists.',
    reference_fixed: 'This is reference data shipped with Session Desk: its names cannot be changed.',
    unknown_procedure: 'Session Desk received a request it does not know. Restart Session Desk and try again.',
    unauthorized:
      'This page is not allowed to reach your data. Open Session Desk again with the address it printed when it started.',
    internal: 'Something went wrong inside Session Desk. Try again; if it happens again, restart Session Desk.',
  } satisfies Record<ErrorCode | 'title', string>,
  notFound: {
    title: 'Page not found',
    body: 'This address does not lead to any screen of Session Desk.',
    back: 'Go to the list of sessions',
  },
  sessionList: {
    title: 'Sessions',
    intro:
      'The sessions you are preparing and those already held, newest first. Open one to see its order of business, speakers and documents.',
    caption: 'All sessions, newest first',
    untitled: 'Untitled session',
    columns: {
      date: 'Date',
      title: 'Title',
      body: 'Body',
      status: 'Status',
      modality: 'Modality',
    },
    empty: {
      title: 'No sessions yet',
      body: 'To see how Session Desk works, start with the demo session: the annual session of the Committee on Migration Affairs with the regional migration mechanisms and processes, with its order of business, panel, list of speakers, guiding questions and concept paper.',
      createDemo: 'Create the demo session',
      creating: 'Creating the demo session…',
    },
  },
  overview: {
    unavailable: 'This session cannot be shown',
    details: 'Session details',
    timeSpan: '{{start}} – {{end}}',
    noRoom: 'No room set yet',
    fields: {
      body: 'Body',
      date: 'Date',
      time: 'Time',
      room: 'Room',
      modality: 'Modality',
      status: 'Status',
      originalLanguage: 'Original language',
    },
  },
  agenda: {
    title: 'Order of business',
    empty: 'This session has no agenda items yet.',
    itemTime: 'From {{start}} to {{end}}',
    duration: 'Duration',
    pastEnd: 'Runs past the end of the session',
    summary: {
      heading: 'Time check',
      total: 'Total length of the agenda',
      agendaEnds: 'The agenda ends at',
      sessionEnds: 'The session is scheduled to end at',
      exact: 'The agenda fills the session exactly.',
      spare: '{{minutes}} left before the end of the session.',
      overrun:
        'The agenda runs {{minutes}} past the end of the session. Shorten some items or move the end of the session.',
    },
  },
  speakers: {
    caption: 'List of speakers for item {{number}}',
    none: 'No speakers on this item yet.',
    fits: 'Speaking time: {{allotted}} of {{duration}}.',
    overflow:
      'The speakers need {{allotted}}, but the item has {{duration}}. A limit of {{limit}} per speaker would fit.',
    columns: {
      order: 'No.',
      speaker: 'Speaker',
      role: 'Role',
      status: 'Status',
      time: 'Time',
    },
  },
  questions: {
    title: 'Guiding questions',
    empty: 'No guiding questions yet.',
  },
  documents: {
    title: 'Documents',
    empty: 'No documents yet.',
    noSymbol: 'No symbol yet',
    columns: {
      kind: 'Document',
      symbol: 'Symbol',
      originalLanguage: 'Original language',
    },
  },
  // Language names inside running text: capitalized in English only.
  languages: { en: 'English', es: 'Spanish', fr: 'French', pt: 'Portuguese' } satisfies Record<Language, string>,
  enums: {
    sessionStatus: { draft: 'Draft', convened: 'Convened', held: 'Held' },
    modality: { in_person: 'In person', virtual: 'Virtual', hybrid: 'Hybrid' },
    agendaItemKind: {
      opening: 'Opening',
      adoption_of_agenda: 'Adoption of the order of business',
      presentation: 'Presentation',
      panel: 'Panel',
      dialogue: 'Dialogue',
      other_business: 'Other business',
      closing: 'Closing',
    },
    speakerOrder: { by_rule: 'By rule: panelists first, then requests in order', manual: 'Set by the Chair' },
    speakerRole: {
      moderator: 'Moderator',
      keynote: 'Keynote speaker',
      panelist: 'Panelist',
      delegation: 'Delegation',
      observer: 'Observer',
      organization: 'Organization',
    },
    speakerStatus: { requested: 'Requested', confirmed: 'Confirmed', spoke: 'Spoke', withdrawn: 'Withdrawn' },
    documentKind: {
      concept_paper: 'Concept paper',
      order_of_business: 'Order of business',
      annotated_agenda: 'Annotated order of business',
      list_of_speakers: 'List of speakers',
      report: 'Report',
      note: 'Note',
    },
    revisionKind: { rev: 'Revision', corr: 'Corrigendum', add: 'Addendum' },
    versionStatus: {
      original: 'Original',
      not_started: 'Not started',
      sent: 'Sent for translation',
      received: 'Translation received',
      revised: 'Revised',
      final: 'Final',
    },
    organizationKind: {
      member_state: 'Member state',
      observer: 'Permanent observer',
      mechanism: 'Migration mechanism or process',
      international_organization: 'International organization',
      civil_society: 'Civil society organization',
      secretariat: 'General Secretariat',
    },
  } satisfies EnumLabels,
};

export type UiMessages = typeof ui;

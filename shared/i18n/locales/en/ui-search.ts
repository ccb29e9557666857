import type { SearchKind } from '../../../search/search-kinds';

/** The archive search in the header (issue 19), English. */
export const searchUi = {
  open: 'Search the archive',
  shortcut: 'Ctrl+K',
  title: 'Search the archive',
  field: 'Search every session',
  hint: 'Words find every word they begin; put a phrase in "quotes". Accents and capitals do not matter.',
  filters: 'Filters',
  year: 'Year',
  language: 'Language',
  kind: 'Kind',
  any: 'All',
  close: 'Close',
  searching: 'Searching…',
  noHits: 'Nothing found for “{{text}}”.',
  hits: 'Results: {{count}}',
  registry: 'Registry',
  results: 'Results',
  keys: '↑ ↓ to move, Enter to open, Esc to close',
  kinds: {
    title: 'Session title',
    agendaItem: 'Agenda item',
    annotation: 'Annotation',
    document: 'Document',
    footnote: 'Footnote',
    question: 'Guiding question',
    speaker: 'Speaker',
    organization: 'Organization',
    person: 'Person',
    record: 'The floor’s record',
    practice: 'Good practice',
  } satisfies Record<SearchKind, string>,
};

export type SearchUiMessages = typeof searchUi;

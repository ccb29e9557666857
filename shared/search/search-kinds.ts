import { z } from 'zod';

/** What a search hit is, in the order the filters list them. */
export const SEARCH_KINDS = [
  'title',
  'agendaItem',
  'annotation',
  'document',
  'footnote',
  'question',
  'speaker',
  'organization',
  'person',
  'record',
  'practice',
] as const;
export const SearchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKindSchema>;

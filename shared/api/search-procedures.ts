import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { LanguageSchema, LocalizedSchema } from '../domain/languages';
import { SearchKindSchema } from '../search/search-kinds';
import { query } from './procedure';

/* The archive search (issue 19): every session's texts in four languages, through one query. */

export const SEARCH_LIMITS = { textChars: 200, hits: 200 } as const;

export const SearchInputSchema = z.strictObject({
  /** Words (each a prefix) and "quoted phrases"; accents and case do not matter. */
  text: z.string().trim().min(1).max(SEARCH_LIMITS.textChars),
  year: z.number().int().min(1900).max(2999).optional(),
  language: LanguageSchema.optional(),
  /** Only these kinds of hit; every kind when left out. */
  kinds: z.array(SearchKindSchema).min(1).max(20).optional(),
  limit: z.number().int().min(1).max(SEARCH_LIMITS.hits).default(50),
});
export type SearchInput = z.input<typeof SearchInputSchema>;

export const SearchHitSchema = z.object({
  /** Null for the registry (organizations and people belong to no session). */
  sessionId: IdSchema.nullable(),
  sessionTitle: LocalizedSchema.nullable(),
  /** The session's date and year. */
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  /** Null for a text that reads the same in every language (a person's name). */
  language: LanguageSchema.nullable(),
  kind: SearchKindSchema,
  /** The id of the row the text is in (session, agenda item, document version, speaker…). */
  sourceId: z.string(),
  /** Text around the match, the matched words marked: render as text, never as HTML. */
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
  /** The renderer route that opens the place: `#/sessions/<id>/agenda/<item>`, `#/registry`… */
  route: z.string(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  /** Every year that has a session, newest first: the year filter's choices. */
  years: z.array(z.number().int()),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const searchProcedures = {
  'archive.search': query(SearchInputSchema, SearchResultSchema),
} as const;

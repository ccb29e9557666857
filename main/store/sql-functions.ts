import type BetterSqlite3 from 'better-sqlite3';
import { indexedChunks } from './search/indexed-text';

/**
 * The application's SQL functions, which the search index's triggers call: every connection that
 * may write (the app's, a migration's, a copy's) registers them, else a write to an indexed table
 * fails with "no such table: rich_text_chunks".
 *
 * rich_text_chunks(json, part, lead) is a table-valued function: the rows `chunk` of a stored rich
 * text's 'body' (with `lead` before its title block) or its 'footnotes' (search/indexed-text.ts).
 */
export function registerSqlFunctions(raw: BetterSqlite3.Database): void {
  raw.table('rich_text_chunks', {
    columns: ['chunk'],
    parameters: ['json', 'part', 'lead'],
    *rows(json: unknown, part: unknown, lead: unknown) {
      const text = typeof json === 'string' ? json : null;
      for (const chunk of indexedChunks(
        text,
        part === 'footnotes' ? 'footnotes' : 'body',
        typeof lead === 'string' ? lead : '',
      )) {
        yield { chunk };
      }
    },
  });
}

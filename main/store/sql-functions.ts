import type BetterSqlite3 from 'better-sqlite3';
import { indexedText } from './search/indexed-text';

/**
 * The application's SQL functions, which the search index's triggers call: every connection that
 * may write (the app's, a migration's, a copy's) registers them, else a write to an indexed table
 * fails with "no such function". A document's body and its footnotes are read from the same JSON
 * one after the other, so the last parse is kept.
 */
export function registerSqlFunctions(raw: BetterSqlite3.Database): void {
  raw.function('plain_text', { deterministic: true }, (json: unknown) =>
    indexedText(typeof json === 'string' ? json : null, 'body'),
  );
  raw.function('footnote_text', { deterministic: true }, (json: unknown) =>
    indexedText(typeof json === 'string' ? json : null, 'footnotes'),
  );
}

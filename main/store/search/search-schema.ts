import { SEARCH_SOURCES, type SearchSource } from './search-sources';

/*
 * The search index as SQL: `search_rows` holds one row per indexed text (its source row, session,
 * language, kind, route and text) and `search_index` is an FTS5 index over its text (external
 * content, so the text is stored once). Triggers on every source table re-index the rows a write
 * touches, in the write's own transaction. A rich text is indexed a paragraph (or footnote) a row,
 * from the application's table-valued function rich_text_chunks (sql-functions.ts), registered on
 * every connection the store opens.
 */

const ROW_COLUMNS = 'source, source_id, session_id, language, kind, route, text';

/** The index's rows of a source, optionally only those whose source id is in `ids` (SQL). */
export function sourceRows(source: SearchSource, ids?: string): string {
  const where = ids ? ` where src.id in (${ids})` : '';
  const arms = source.arms.map(
    (arm) =>
      `select '${source.table}' as source, src.id as source_id, ${arm.sessionId} as session_id, ` +
      `${arm.language} as language, '${arm.kind}' as kind, ${arm.route} as route, ${arm.text} as text ` +
      `from ${source.from}${arm.chunks ?? ''}${where}`,
  );
  return `select ${ROW_COLUMNS} from (${arms.join(' union all ')}) where text <> ''`;
}

function refresh(source: SearchSource, ids: string): string {
  return (
    `delete from search_rows where source = '${source.table}' and source_id in (${ids}); ` +
    `insert into search_rows (${ROW_COLUMNS}) ${sourceRows(source, ids)};`
  );
}

const changed = (columns: readonly string[]) => columns.map((c) => `old.${c} is not new.${c}`).join(' or ');

/** The triggers that keep one source's rows of the index current. */
export function sourceTriggers(source: SearchSource): string[] {
  const name = (table: string, event: string) => `search_${source.table}_${table}_${event}`;
  const own = source.table;
  return [
    `create trigger ${name(own, 'insert')} after insert on ${own} begin ${refresh(source, 'new.id')} end`,
    `create trigger ${name(own, 'update')} after update of ${source.columns.join(', ')} on ${own} ` +
      `when ${changed(source.columns)} begin ${refresh(source, 'new.id')} end`,
    `create trigger ${name(own, 'delete')} after delete on ${own} ` +
      `begin delete from search_rows where source = '${own}' and source_id = old.id; end`,
    ...source.watches.map(
      (w) =>
        `create trigger ${name(w.table, 'update')} after update of ${w.columns.join(', ')} on ${w.table} ` +
        `when ${changed(w.columns)} begin ${refresh(source, w.ids)} end`,
    ),
  ];
}

const SYNC_DELETE_TRIGGER =
  "create trigger search_rows_delete after delete on search_rows begin insert into search_index (search_index, rowid, text) values ('delete', old.id, old.text); end";

/** The tables, the FTS5 index with its tokenizer (accent- and case-blind, prefix indexes) and every trigger. */
export function searchIndexSchema(sources: readonly SearchSource[] = SEARCH_SOURCES): string[] {
  return [
    `create table search_rows (id integer primary key, source text not null, source_id text not null,
      session_id text, language text, kind text not null, route text not null, text text not null)`,
    'create index search_rows_by_source on search_rows (source, source_id)',
    `create virtual table search_index using fts5(text, content = 'search_rows', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`,
    'create trigger search_rows_insert after insert on search_rows begin insert into search_index (rowid, text) values (new.id, new.text); end',
    SYNC_DELETE_TRIGGER,
    ...sources.flatMap(sourceTriggers),
  ];
}

/**
 * Fills the index from every source, for a new index or after a rebuild emptied it: oldest session
 * first (the registry before any), so that the index's rowid order is the sessions' order and the
 * search's newest candidates are the newest sessions' texts.
 */
export const fillSearchIndex = (sources: readonly SearchSource[] = SEARCH_SOURCES): string[] => [
  `insert into search_rows (${ROW_COLUMNS}) select ${ROW_COLUMNS} from (${sources.map((s) => sourceRows(s)).join(' union all ')}) ` +
    'order by (select date from sessions where sessions.id = session_id) nulls first',
];

/**
 * Empties the index and fills it again. The rows go without a per-row 'delete' to FTS5 (which
 * re-reads every text): FTS5's delete-all empties the index at once, the sync trigger is set aside
 * meanwhile, all in the caller's transaction.
 */
export const rebuildSearchIndexSql = (): string[] => [
  'drop trigger search_rows_delete',
  "insert into search_index (search_index) values ('delete-all')",
  'delete from search_rows',
  SYNC_DELETE_TRIGGER,
  ...fillSearchIndex(),
];

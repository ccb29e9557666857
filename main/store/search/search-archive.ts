import { sql } from 'kysely';
import type { SearchHit, SearchResult } from '../../../shared/api/search-procedures';
import type { Language } from '../../../shared/domain/languages';
import type { SearchKind } from '../../../shared/search/search-kinds';
import { ftsQuery, queryTerms, snippetOf } from '../../../shared/search/search-query';
import type { Store } from '../open-database';
import { rebuildSearchIndexSql } from './search-schema';

export interface ArchiveQuery {
  text: string;
  year?: number | undefined;
  language?: Language | undefined;
  kinds?: readonly SearchKind[] | undefined;
  limit: number;
}

interface RankedRow {
  id: number;
  sessionId: string | null;
  language: Language | null;
  kind: SearchKind;
  sourceId: string;
  route: string;
}

interface SessionRow {
  id: string;
  date: string;
  titleEn: string;
  titleEs: string;
  titleFr: string;
  titlePt: string;
}

/**
 * How many of the newest matching rows are ranked. FTS5 can only rank every row that matches, and
 * a common word or a short prefix matches a hundred thousand rows of a 20-year archive: ranking the
 * newest CANDIDATES matches (the index's rowid order, in which the newest sessions and the latest edits come
 * last) keeps every search fast; a query that matches fewer rows is ranked whole.
 */
const CANDIDATES = 300;

interface Candidate extends RankedRow {
  rank: number;
}

/** The best hits first (FTS5's bm25 rank among the candidates). */
async function rankedRows(db: Store, match: string, q: ArchiveQuery): Promise<RankedRow[]> {
  const filters = [
    q.language ? sql`and (r.language = ${q.language} or r.language is null)` : sql``,
    q.kinds ? sql`and r.kind in (${sql.join(q.kinds)})` : sql``,
    q.year !== undefined
      ? sql`and r.session_id in (select id from sessions where date >= ${`${q.year}-01-01`} and date <= ${`${q.year}-12-31`})`
      : sql``,
  ];
  const { rows } = await sql<Candidate>`
    select r.id, r.session_id, r.language, r.kind, r.source_id, r.route, search_index.rank as rank
    from search_index join search_rows r on r.id = search_index.rowid
    where search_index match ${match} ${sql.join(filters, sql` `)}
    order by search_index.rowid desc
    limit ${CANDIDATES}`.execute(db);
  return rows.sort((a, b) => a.rank - b.rank);
}

async function textsOf(db: Store, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('searchRows').select(['id', 'text']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** A document matches in many paragraphs: its best one stands for it, one hit per text and language. */
function bestPerText(rows: RankedRow[]): RankedRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.kind}\u0000${row.sourceId}\u0000${row.language ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function sessionsOf(db: Store, ids: string[]): Promise<Map<string, SessionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'date', 'titleEn', 'titleEs', 'titleFr', 'titlePt'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

async function sessionYears(db: Store): Promise<number[]> {
  const { rows } = await sql<{
    year: string;
  }>`select distinct substr(date, 1, 4) as year from sessions order by year desc`.execute(db);
  return rows.map((r) => Number(r.year));
}

/**
 * Searches every session's texts (titles, agenda items and annotations, documents and footnotes,
 * guiding questions, speakers, the floor's record) and the registry, accent- and case-blind.
 * A text held alike in several languages (a speaker's name) is one hit, in the first language found.
 */
export async function searchArchive(db: Store, q: ArchiveQuery): Promise<SearchResult> {
  const years = await sessionYears(db);
  const match = ftsQuery(q.text);
  if (!match) return { hits: [], years };
  const ranked = bestPerText(await rankedRows(db, match, q)).slice(0, q.limit * 2);
  const texts = await textsOf(
    db,
    ranked.map((r) => r.id),
  );
  const terms = queryTerms(q.text);
  const sessions = await sessionsOf(db, [...new Set(ranked.flatMap((r) => (r.sessionId ? [r.sessionId] : [])))]);
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const row of ranked) {
    const text = texts.get(row.id) ?? '';
    const key = `${row.kind}\u0000${row.sourceId}\u0000${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const session = row.sessionId ? sessions.get(row.sessionId) : undefined;
    if (hits.length === q.limit) break;
    hits.push({
      sessionId: row.sessionId,
      sessionTitle: session
        ? { en: session.titleEn, es: session.titleEs, fr: session.titleFr, pt: session.titlePt }
        : null,
      date: session?.date ?? null,
      year: session ? Number(session.date.slice(0, 4)) : null,
      language: row.language,
      kind: row.kind,
      sourceId: row.sourceId,
      snippet: snippetOf(text, terms),
      route: row.route,
    });
  }
  return { hits, years };
}

/** Empties the index and builds it again from every source, in one transaction. */
export async function rebuildSearchIndex(db: Store): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of rebuildSearchIndexSql()) await sql.raw(statement).execute(trx);
  });
}

import type { SearchHit } from '../../shared/api/search-procedures';

export interface HitGroup {
  /** The session's id, or null for the registry. */
  sessionId: string | null;
  year: number | null;
  date: string | null;
  hits: SearchHit[];
}

/**
 * Hits grouped by session, the newest session first and the registry last; within a session the
 * hits keep the search's order (best first).
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const key = hit.sessionId ?? '';
    const group = groups.get(key) ?? { sessionId: hit.sessionId, year: hit.year, date: hit.date, hits: [] };
    group.hits.push(hit);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

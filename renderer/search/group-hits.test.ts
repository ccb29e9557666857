import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/api/search-procedures';
import { groupHits } from './group-hits';

const hit = (sessionId: string | null, date: string | null, sourceId: string): SearchHit => ({
  sessionId,
  sessionTitle: null,
  date,
  year: date ? Number(date.slice(0, 4)) : null,
  language: 'en',
  kind: 'title',
  sourceId,
  snippet: [],
  route: '#/',
});

describe('groupHits', () => {
  it('groups by session, newest first, the registry last, each keeping the search order', () => {
    const groups = groupHits([
      hit('a', '2019-05-01', '1'),
      hit(null, null, '2'),
      hit('b', '2023-05-09', '3'),
      hit('a', '2019-05-01', '4'),
    ]);
    expect(groups.map((g) => [g.sessionId, g.year, g.hits.map((h) => h.sourceId).join()])).toEqual([
      ['b', 2023, '3'],
      ['a', 2019, '1,4'],
      [null, null, '2'],
    ]);
  });
});

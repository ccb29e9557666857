import type { SearchResult } from '../../shared/api/search-procedures';
import type { Case } from './procedure-cases';

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};

/** Happy and bad inputs of the archive search (shared/api/search-procedures.ts). */
export const SEARCH_CASES: Record<string, Case> = {
  'archive.search': {
    happy: () => ({ text: 'migracion', language: 'es', year: 2023, kinds: ['title', 'agendaItem', 'annotation'] }),
    expect: (v, c) => {
      const { hits, years } = v as SearchResult;
      check(
        hits.length > 0 && hits.every((h) => h.sessionId === c.sessionId && h.language === 'es'),
        'the demo in Spanish',
      );
      check(years.join() === '2023', 'the demo is of 2023');
    },
    bad: () => ({ text: 'migration', kinds: ['minutes'] }),
    badCode: 'validation',
  },
};

import { sql, type Kysely, type Migration } from 'kysely';
import { fillSearchIndex, searchIndexSchema } from '../search/search-schema';

/**
 * The archive search (issue 19): an FTS5 index over every session's texts in four languages, its
 * triggers, and the index of the data already there. Its tables and triggers are made from the list
 * of sources (search/search-sources.ts) as it stands in this release.
 */
export const migration0008: Migration = {
  async up(db: Kysely<unknown>) {
    for (const statement of [...searchIndexSchema(), ...fillSearchIndex()]) await sql.raw(statement).execute(db);
  },
};

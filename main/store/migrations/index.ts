import type { Migration, MigrationProvider } from 'kysely';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-symbols-and-assignments';

/**
 * Every migration, named with a padded number. A static list, because a bundled app cannot
 * read a migrations folder at run time.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': migration0001,
  '0002-symbols-and-assignments': migration0002,
};

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};

import type { Migration, MigrationProvider } from 'kysely';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-symbols-and-assignments';
import { migration0003 } from './0003-translation-snapshots';
import { migration0004 } from './0004-rich-annotations';
import { migration0005 } from './0005-session-text-sendings';
import { migration0006 } from './0006-floor';
import { migration0007 } from './0007-good-practices';
import { migration0008 } from './0008-search-index';

/**
 * Every migration, named with a padded number. A static list, because a bundled app cannot
 * read a migrations folder at run time.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': migration0001,
  '0002-symbols-and-assignments': migration0002,
  '0003-translation-snapshots': migration0003,
  '0004-rich-annotations': migration0004,
  '0005-session-text-sendings': migration0005,
  '0006-floor': migration0006,
  '0007-good-practices': migration0007,
  '0008-search-index': migration0008,
};

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};

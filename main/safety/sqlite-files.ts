import fs from 'node:fs';
import { refuse } from '../../shared/api/errors';
import { MIGRATIONS } from '../store/migrations';
import { openForCheck, type CheckedFile } from '../store/sqlite-files';

/* Which database files this build can take: a whole Session Desk database, not newer than it. */

/** The newest schema this build knows: the number of its newest migration ("0001-initial" is 1). */
export const CURRENT_SCHEMA_VERSION = Math.max(...Object.keys(MIGRATIONS).map((name) => Number.parseInt(name, 10)));

export interface CheckedDatabase {
  schemaVersion: number;
}

/**
 * Opens a file read-only and checks that it is a whole Session Desk database this build can use:
 * SQLite's integrity check passes and its schema version is readable and not newer than ours.
 * Refuses with a message that says what is wrong.
 */
export function checkDatabaseFile(file: string, what = 'file'): CheckedDatabase {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return refuse('bad_file', what, 'the file does not exist or cannot be read');
  }
  if (!stat.isFile()) refuse('bad_file', what, 'not a file');
  if (stat.size === 0) refuse('bad_file', what, 'the file is empty');
  let opened: CheckedFile;
  try {
    opened = openForCheck(file);
  } catch (error) {
    return refuse('bad_file', what, `not a database that can be opened (${(error as Error).message})`);
  }
  try {
    let integrity: string[];
    try {
      integrity = opened.integrityCheck();
    } catch (error) {
      return refuse('bad_file', what, `not a SQLite database, or damaged (${(error as Error).message})`);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      refuse('bad_file', what, `the database is damaged: ${integrity.slice(0, 3).join('; ')}`);
    }
    let names: string[];
    try {
      names = opened.migrationNames();
    } catch {
      return refuse('bad_file', what, 'not a Session Desk database (it has no schema version)');
    }
    const unknown = names.filter((n) => !Object.hasOwn(MIGRATIONS, n));
    if (unknown.length > 0) {
      refuse('newer_version', what, `made by a newer version of Session Desk (schema ${unknown.join(', ')})`);
    }
    if (names.length === 0) refuse('bad_file', what, 'not a Session Desk database (it has no schema version)');
    for (const table of ['meta', 'sessions', 'organizations']) {
      if (!opened.hasTable(table)) refuse('bad_file', what, `not a Session Desk database (no ${table} table)`);
    }
    return { schemaVersion: Math.max(...names.map((n) => Number.parseInt(n, 10))) };
  } finally {
    opened.close();
  }
}

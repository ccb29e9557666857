import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backupsFolderOf, createBackup } from '../../main/safety/backups';
import { syntheticData, writeSessionFile } from '../safety/session-file-fixtures';
import type { Case, Ctx } from './procedure-cases';

const missing = '00000000-0000-4000-8000-000000000000';

/**
 * The database file the case's store has open. Ctx carries ids only, so the file is found among
 * the temporary test stores as the one that holds the context's session (ids are UUIDs).
 */
function databaseFileOf(c: Ctx): string {
  for (const dir of fs.readdirSync(os.tmpdir())) {
    if (!dir.startsWith('session-desk-test-')) continue;
    const file = path.join(os.tmpdir(), dir, 'test.sqlite');
    if (!fs.existsSync(file)) continue;
    try {
      const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
      try {
        if (raw.prepare('select 1 from sessions where id = ?').get(c.sessionId)) return file;
      } finally {
        raw.close();
      }
    } catch {
      // another test's store, closing or half-made
    }
  }
  throw new Error(`no test store holds session ${c.sessionId}`);
}

const field = (v: unknown, key: string) => (v as Record<string, unknown>)[key];
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};

const synthetic = async () => (await writeSessionFile(syntheticData())).toString('base64');

/** The database a session was deleted from: the happy input finds it while the session is still there. */
let deletedFrom = '';

/** Happy and bad inputs of the backup and session-file procedures. */
export const SAFETY_CASES: Record<string, Case> = {
  'storage.status': {
    happy: () => ({}),
    expect: (v) =>
      check(field(v, 'readOnly') === false && field(field(v, 'backups'), 'failure') === null, 'a writable database'),
    bad: () => ({ file: '/etc/passwd' }),
    badCode: 'validation',
  },
  'storage.openWritableCopy': {
    happy: () => ({}),
    // a writable database: nothing to copy (test/safety/read-only.test.ts copies a read-only one)
    expect: (v) => check(field(v, 'file') === null, 'no copy'),
    bad: () => ({ folder: '/tmp' }),
    badCode: 'validation',
  },
  'backups.list': {
    happy: () => ({}),
    expect: (v) => check(Array.isArray(v), 'a list'),
    bad: () => ({ folder: '/etc' }),
    badCode: 'validation',
  },
  'backups.create': {
    happy: () => ({}),
    expect: (v) => check(field(v, 'reason') === 'manual' && Number(field(v, 'sizeBytes')) > 0, 'a manual backup'),
    bad: () => ({ out: '/tmp/elsewhere.sqlite' }),
    badCode: 'validation',
  },
  'backups.restore': {
    happy: async (c) => {
      const file = databaseFileOf(c);
      const backup = await createBackup(file, 'manual');
      check(fs.existsSync(backupsFolderOf(file)), 'the backups folder');
      return { backupId: backup.id };
    },
    expect: (v) => check(field(field(v, 'safetyBackup'), 'reason') === 'pre-restore', 'a safety backup first'),
    bad: () => ({ backupId: '../../session-desk.sqlite' }),
    badCode: 'validation',
  },
  'sessions.deleteWithBackup': {
    happy: (c) => {
      deletedFrom = databaseFileOf(c);
      return { id: c.sessionId };
    },
    expect: (v, c) => {
      const backup = field(v, 'backup');
      check(field(backup, 'reason') === 'pre-delete', 'a backup first');
      const holds = (file: string) => {
        const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
        try {
          return raw.prepare('select 1 from sessions where id = ?').get(c.sessionId) !== undefined;
        } finally {
          raw.close();
        }
      };
      check(holds(path.join(backupsFolderOf(deletedFrom), `${String(field(backup, 'id'))}.sqlite`)), 'in the backup');
      check(!holds(deletedFrom), 'gone from the database');
    },
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'sessionFiles.export': {
    happy: (c) => ({ sessionId: c.sessionId }),
    expect: (v) =>
      check(
        String(field(v, 'fileName')).endsWith('.sessiondesk') &&
          Buffer.from(field(v, 'bytes') as Uint8Array)
            .toString('base64')
            .startsWith('UEsD'),
        'a zip named .sessiondesk',
      ),
    bad: () => ({ sessionId: missing }),
    badCode: 'not_found',
  },
  'sessionFiles.inspect': {
    happy: async () => ({ base64: await synthetic() }),
    expect: (v) => check(field(v, 'sessionExists') === false, 'a new session'),
    bad: () => ({ base64: 'not base64 at all!' }),
    badCode: 'validation',
  },
  'sessionFiles.import': {
    happy: async () => ({ base64: await synthetic() }),
    expect: (v) => check(field(v, 'outcome') === 'new', 'imported as new'),
    bad: async () => ({ base64: await synthetic(), onConflict: 'merge' }),
    badCode: 'validation',
  },
};

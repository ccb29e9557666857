import { fail } from '../../shared/api/errors';
import type { OnConflict } from '../../shared/api/safety-procedures';
import type { Handler } from '../services/crud-handlers';
import { deleteEntity, getEntity } from '../store/entities';
import type { Store } from '../store/open-database';
import { schedulerOf } from './automatic-backups';
import { backupsFolderOf, createBackup, listBackups, restoreBackup } from './backups';
import { exportSession } from '../session-files/session-file-export';
import type { WithFile } from '../services/file-inputs';
import { applySessionFile, summarizeSessionFile, type ParsedSessionFile } from '../session-files/session-file-import';
import { pruneBackups } from './scheduler';
import { databaseFileOf } from '../store/sqlite-files';

/** The database file behind the connection: main alone decides where backups go. */
async function fileOf(db: Store): Promise<string> {
  const file = await databaseFileOf(db);
  if (!file) fail('not_found', [{ path: 'database', message: 'an in-memory database has no backups' }]);
  return file;
}

/** A verified backup of the database, counted by the scheduler like any other so that rotation keeps it in step. */
async function backUp(file: string, reason: 'manual' | 'pre-delete') {
  const make = async () => {
    const info = await createBackup(file, reason);
    pruneBackups(file, Date.now());
    return info;
  };
  const scheduler = schedulerOf(file);
  return scheduler ? scheduler.record(make) : make();
}

/** Handlers of shared/api/safety-procedures.ts. */
export const safetyHandlers: Readonly<Record<string, Handler>> = {
  'backups.list': async (db: Store) => listBackups(backupsFolderOf(await fileOf(db))),

  'backups.create': async (db: Store) => backUp(await fileOf(db), 'manual'),

  'sessions.deleteWithBackup': async (db: Store, input: { id: string }) => {
    const file = await fileOf(db);
    await getEntity(db, 'sessions', input.id); // not_found before any backup is made
    const backup = await backUp(file, 'pre-delete');
    await deleteEntity(db, 'sessions', input.id);
    return { id: input.id, backup };
  },

  'backups.restore': async (db: Store, input: { backupId: string }) => {
    const file = await fileOf(db);
    const scheduler = schedulerOf(file);
    let result: Awaited<ReturnType<typeof restoreBackup>> | undefined;
    const restore = async () => {
      result = await restoreBackup(file, input.backupId);
      return result.safetyBackup;
    };
    if (scheduler) await scheduler.record(restore);
    else await restore();
    return result;
  },

  'sessionFiles.export': (db: Store, input: { sessionId: string }) => exportSession(db, input.sessionId),

  'sessionFiles.inspect': async (db: Store, input: WithFile<{ base64: string }, ParsedSessionFile>) =>
    summarizeSessionFile(db, input.file),

  'sessionFiles.import': async (
    db: Store,
    input: WithFile<{ base64: string; onConflict?: OnConflict }, ParsedSessionFile>,
  ) => applySessionFile(db, input.file, input.onConflict),
};

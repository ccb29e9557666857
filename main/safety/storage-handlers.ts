import type { StorageStatus } from '../../shared/api/storage-procedures';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import { backupsFolderOf, listBackups } from './backups';
import { storageStateOf } from './storage-state';

/** Handlers of shared/api/storage-procedures.ts (queries: they get the connection the app tracks). */
export const storageHandlers: Readonly<Record<string, Handler>> = {
  'storage.status': async (db: Store): Promise<StorageStatus> => {
    const state = storageStateOf(db);
    if (!state) return { readOnly: false, backups: { count: 0, failure: null } };
    return {
      readOnly: state.readOnly,
      backups: { count: listBackups(backupsFolderOf(state.file)).length, failure: state.backupFailure },
    };
  },

  'storage.openWritableCopy': async (db: Store) => {
    const state = storageStateOf(db);
    if (!state?.readOnly || !state.openWritableCopy) return { file: null };
    return { file: await state.openWritableCopy() };
  },
};

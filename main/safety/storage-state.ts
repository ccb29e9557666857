import { STORAGE_ERROR_CODES } from '../../shared/api/errors';
import type { BackupFailureCode } from '../../shared/api/storage-procedures';
import type { Store } from '../store/open-database';
import { storageErrorCode } from '../store/storage-errors';

/*
 * What the app knows about an open database beyond its data: opened read-only, the last automatic
 * backup's failure, and how the running app moves to a writable copy. Kept by connection (the
 * handlers of queries get it), not by file name: a read-only file on a read-only drive may be open
 * from memory, with no file name SQLite knows.
 */

export interface StorageState {
  readOnly: boolean;
  /** The file the app opened, also when SQLite reads it from memory. */
  file: string;
  backupFailure: { at: string; code: BackupFailureCode } | null;
  /** Makes a writable copy and moves the running app to it; answers the copy's path. */
  openWritableCopy: (() => Promise<string>) | null;
}

const states = new WeakMap<Store, StorageState>();

export const storageStateOf = (db: Store): Readonly<StorageState> | undefined => states.get(db);

export function trackStorage(db: Store, state: Pick<StorageState, 'readOnly' | 'file'>): void {
  states.set(db, { ...state, backupFailure: null, openWritableCopy: null });
}

export function noteBackupFailure(db: Store, error: unknown, now = Date.now()): void {
  const state = states.get(db);
  if (!state) return;
  const code = storageErrorCode(error);
  const storage = STORAGE_ERROR_CODES.find((c) => c === code);
  state.backupFailure = { at: new Date(now).toISOString(), code: storage ?? 'internal' };
}

export function noteBackupMade(db: Store): void {
  const state = states.get(db);
  if (state) state.backupFailure = null;
}

export function setWritableCopy(db: Store, openWritableCopy: () => Promise<string>): void {
  const state = states.get(db);
  if (state) state.openWritableCopy = openWritableCopy;
}

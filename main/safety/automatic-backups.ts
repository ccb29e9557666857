import path from 'node:path';
import type { Store } from '../store/open-database';
import { storageErrorCode } from '../store/storage-errors';
import { BackupScheduler, MINUTE, systemClock, type Clock, type SchedulerOptions } from './scheduler';
import { changeMark, useNativeBinding } from '../store/sqlite-files';
import { noteBackupFailure, noteBackupMade } from './storage-state';

/** The running scheduler of each open database file, so that the API's backups count for its 10-minute rule. */
const schedulers = new Map<string, BackupScheduler>();

export const schedulerOf = (databaseFile: string) => schedulers.get(path.resolve(databaseFile));

export interface AutomaticBackups {
  scheduler: BackupScheduler;
  /** Settles when the backup at start is made (or failed, reported to onError). */
  started: Promise<void>;
  /** Stops the timer and waits for a backup under way. */
  stop(): Promise<void>;
}

export interface AutomaticBackupOptions {
  db: Store;
  file: string;
  /** The better-sqlite3 addon the app loaded (Electron's own build). */
  nativeBinding?: string;
  /** How often to look for changes; a minute. */
  pollMs?: number;
  clock?: Clock;
  onError?: (error: unknown) => void;
  /** Makes one verified backup; the real one by default (tests stand in for a full disk). */
  backup?: SchedulerOptions['backup'];
}

/** What the app does at start: a backup now, then one after changes, at most every 10 minutes. */
export function startAutomaticBackups(options: AutomaticBackupOptions): AutomaticBackups {
  if (options.nativeBinding) useNativeBinding(options.nativeBinding);
  const file = path.resolve(options.file);
  const onError =
    options.onError ??
    ((error) => {
      const storage = storageErrorCode(error);
      if (storage) console.error(`[backups] automatic backup failed: ${storage} (${(error as Error).message})`);
      else console.error('[backups] automatic backup failed', error);
    });
  const scheduler = new BackupScheduler({
    databaseFile: file,
    changeMark: () => changeMark(options.db),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.backup ? { backup: options.backup } : {}),
  });
  schedulers.set(file, scheduler);
  // a failure is kept for the header to show (not only logged), until a backup succeeds again
  const failed = (error: unknown) => {
    noteBackupFailure(options.db, error, (options.clock ?? systemClock).now());
    onError(error);
  };
  const made = (info: unknown) => {
    if (info) noteBackupMade(options.db);
  };
  const started = scheduler.start().then(made, failed);
  const timer = setInterval(() => scheduler.poll().then(made, failed), options.pollMs ?? MINUTE);
  timer.unref();
  return {
    scheduler,
    started,
    async stop() {
      clearInterval(timer);
      await started;
      await scheduler.idle();
      if (schedulers.get(file) === scheduler) schedulers.delete(file);
    },
  };
}

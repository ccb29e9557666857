import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { ApiFailure, apiError } from '../../shared/api/errors';
import type { AutomaticBackups } from '../safety/automatic-backups';
import { setWritableCopy, trackStorage } from '../safety/storage-state';
import { isReadOnlyDatabase, writableFolderFor, type AccessCheck } from '../safety/writable-copy';
import type { Api } from '../services/api';
import { openStore, type Store } from '../store/open-database';
import { backupThrough } from '../store/sqlite-files';
import { storageFailure } from '../store/storage-errors';
import type { FirstRunDemo } from '../demo/first-run';

export interface App {
  /** Always the current database's API, also after a switch to a writable copy. */
  api: Api;
  readonly db: Store;
  readonly file: string;
  readonly readOnly: boolean;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  nativeBinding?: string;
  /** The demo a first start makes (true: the held one); false for none. */
  demoOnFirstRun?: boolean | FirstRunDemo;
  automaticBackups?: boolean;
  /** fs.accessSync by default; tests stand in for a read-only disk with it (root writes anywhere). */
  access?: AccessCheck;
  /** Where a writable copy may go, first writable wins; beside the file, the app's data folder, home by default. */
  copyFolders?: string[];
}

interface Opened {
  file: string;
  db: Store;
  raw: BetterSqlite3.Database;
  readOnly: boolean;
  api: Api;
  backups: AutomaticBackups | null;
}

/*
 * The API (the contract and every feature's handlers), the demo, the backups and the copying are
 * imported when first needed: a CLI call is a whole process, and a command that reads the store
 * directly (an export) should not pay for loading the rest.
 */
function apiOn(db: Store): Api {
  let api: Promise<Api> | null = null;
  return {
    async call(name, input) {
      api ??= import('../services/api').then(({ createApi }) => createApi(db));
      return (await api).call(name, input);
    },
  };
}

async function openOne(file: string, options: OpenAppOptions): Promise<Opened> {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  try {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      throw new ApiFailure(
        apiError('cannot_open', [{ path: 'database', message: `${file}: ${(error as Error).message}` }]),
      );
    }
    const readOnly = isReadOnlyDatabase(file, options.access);
    const { db, raw } = await openStore({ file, readOnly, ...binding });
    try {
      const demo = options.demoOnFirstRun ?? true;
      if (!readOnly && demo) {
        const [{ createDemoOnFirstRun }, { invoke }] = await Promise.all([
          import('../demo/first-run'),
          import('../services/handlers'),
        ]);
        await createDemoOnFirstRun(db, invoke, demo === true ? 'held' : demo);
      }
    } catch (error) {
      await db.destroy();
      throw error;
    }
    trackStorage(db, { readOnly, file });
    const backups =
      (options.automaticBackups ?? true) && !readOnly
        ? (await import('../safety/automatic-backups')).startAutomaticBackups({ db, file, ...binding })
        : null;
    return { file, db, raw, readOnly, api: apiOn(db), backups };
  } catch (error) {
    // a full disk, a read-only or missing folder: one typed failure naming the file, never a stack trace
    throw storageFailure(error, file) ?? error;
  }
}

async function closeOne(opened: Opened): Promise<void> {
  await opened.backups?.stop();
  await opened.db.destroy();
}

/**
 * Copies the open database (from its own connection: a read-only file may only be readable through
 * it) into a writable folder, checked like a backup, as "<name>-copy-<instant>.sqlite".
 */
async function writableCopyOf(opened: Opened, options: OpenAppOptions): Promise<string> {
  const folder = writableFolderFor(opened.file, options.access, options.copyFolders);
  if (!folder) throw new ApiFailure(apiError('read_only', [{ path: 'database', message: 'no writable folder found' }]));
  const [{ stampOf }, { checkDatabaseFile }] = await Promise.all([
    import('../safety/backups'),
    import('../safety/sqlite-files'),
  ]);
  const name = path.basename(opened.file, path.extname(opened.file));
  const copy = path.join(folder, `${name}-copy-${stampOf(Date.now())}.sqlite`);
  await backupThrough(opened.raw, copy);
  checkDatabaseFile(copy, 'copy');
  return copy;
}

/** What every way of running the app does first: open the one database, migrate it, and show a newcomer the demo. */
export async function openApp(file: string, options: OpenAppOptions = {}): Promise<App> {
  let current = await openOne(file, options);
  // a switch under way: calls wait for it, so none reaches a database being closed
  let switching: Promise<void> = Promise.resolve();

  const offerCopy = (opened: Opened) =>
    setWritableCopy(opened.db, async () => {
      const copy = await writableCopyOf(opened, options);
      // after the answer is sent: the call that asked still runs on the old database
      switching = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        const next = await openOne(copy, { ...options, demoOnFirstRun: false });
        const old = current;
        current = next;
        await closeOne(old);
        offerCopy(next);
      });
      return copy;
    });
  offerCopy(current);

  return {
    api: {
      async call(name, input) {
        await switching.catch(() => undefined);
        return current.api.call(name, input);
      },
    },
    get db() {
      return current.db;
    },
    get file() {
      return current.file;
    },
    get readOnly() {
      return current.readOnly;
    },
    close: async () => {
      await switching.catch(() => undefined);
      await closeOne(current);
    },
  };
}

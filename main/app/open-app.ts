import fs from 'node:fs';
import path from 'node:path';
import { createDemoOnFirstRun } from '../demo/first-run';
import { startAutomaticBackups } from '../safety/automatic-backups';
import { createApi, type Api } from '../services/api';
import { openStore, type Store } from '../store/open-database';

export interface App {
  api: Api;
  db: Store;
  file: string;
  close(): Promise<void>;
}

/** What every way of running the app does first: open the one database, migrate it, and show a newcomer the demo. */
export async function openApp(
  file: string,
  options: { nativeBinding?: string; demoOnFirstRun?: boolean; automaticBackups?: boolean } = {},
): Promise<App> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const { db } = await openStore({ file, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  if (options.demoOnFirstRun ?? true) await createDemoOnFirstRun(db);
  const backups =
    (options.automaticBackups ?? true)
      ? startAutomaticBackups({ db, file, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
      : null;
  return {
    api: createApi(db),
    db,
    file,
    close: async () => {
      await backups?.stop();
      await db.destroy();
    },
  };
}

import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Session Desk';
export const DATABASE_FILE = 'session-desk.sqlite';
export const DATABASE_ENV = 'SESSION_DESK_DB';

/**
 * The folder Electron's app.getPath('userData') gives on each platform, computed without Electron
 * so that the CLI and the browser mode open the same database as the app.
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** --db wins, then SESSION_DESK_DB, then the app's own file in its user-data folder. */
export function resolveDatabasePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env[DATABASE_ENV]) return path.resolve(env[DATABASE_ENV]);
  return path.join(userDataFolder(env), DATABASE_FILE);
}

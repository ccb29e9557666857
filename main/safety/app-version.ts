import fs from 'node:fs';
import path from 'node:path';

let known: string | undefined;

/** The app sets its version at start where it knows it better (Electron: app.getVersion()). */
export function setAppVersion(version: string): void {
  known = version;
}

/**
 * The version written into session files: the one set at start, else package.json's, found up
 * from the working folder (the CLI, the browser mode and the tests run in the project); 'unknown'
 * when neither can be had. Nothing here runs at import, so the Electron bundle loads it safely.
 */
export function appVersion(): string {
  if (known === undefined) {
    known = 'unknown';
    for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
      try {
        const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
        if (json.name === 'session-desk' && typeof json.version === 'string') {
          known = json.version;
          break;
        }
      } catch {
        // no package.json here: look further up
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  return known;
}

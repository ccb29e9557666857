// `npm run cli -- …`: runs the built CLI (out/cli/session-desk.mjs), building it first when a source is newer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli, CLI_BUNDLE, WORKER_BUNDLE } from './build-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['main', 'shared', 'scripts/build-cli.mjs', 'scripts/cli-launcher.mjs', 'package.json'].map((p) =>
  path.join(root, p),
);

/** The newest modification time under the paths: a walk of names and stats only, a few ms. */
function newestChange(paths) {
  let newest = 0;
  const visit = (file) => {
    const stat = fs.statSync(file);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name));
  };
  paths.forEach(visit);
  return newest;
}

const builtAt = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
if (Math.min(builtAt(CLI_BUNDLE), builtAt(WORKER_BUNDLE)) < newestChange(SOURCES)) await buildCli();

// in this process: the CLI reads its arguments from process.argv after the script, as here, and
// sets process.exitCode itself
await import(pathToFileURL(CLI_BUNDLE).href);

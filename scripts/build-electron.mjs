// Bundles the Electron main process and its preload into out/electron (see docs/architecture.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronTarget = 'node22'; // the Node inside Electron 45

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: electronTarget,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: 'out/electron/main.cjs',
    // better-sqlite3 stays a real module: its native addon is loaded at run time (the Electron build).
    external: ['electron', 'better-sqlite3'],
    // files from outside are read in a worker of their own (main/platform/run-in-worker.ts)
    define: { __IMPORT_WORKER_BUNDLE__: JSON.stringify('import-worker.cjs') },
  }),
  build({
    ...common,
    entryPoints: ['main/workers/import-worker.ts'],
    outfile: 'out/electron/import-worker.cjs',
  }),
  build({
    ...common,
    entryPoints: ['main/electron/preload.ts'],
    outfile: 'out/electron/preload.cjs',
    // A sandboxed preload may require 'electron' and nothing else: everything else is bundled in.
    external: ['electron'],
  }),
]);

console.log('built out/electron/main.cjs, out/electron/import-worker.cjs and out/electron/preload.cjs');

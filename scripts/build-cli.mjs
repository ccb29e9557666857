// Bundles the CLI into out/cli/session-desk.mjs and its file-reading worker into out/cli/import-worker.cjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'out', 'cli', 'session-desk.mjs');
export const WORKER_BUNDLE = path.join(root, 'out', 'cli', 'import-worker.cjs');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  legalComments: 'none',
};

/*
 * Each file is written under a name of its own, then renamed over the old one: tests start many CLIs
 * at once, and a CLI that starts while another builds must read either the old file or the new one,
 * whole. The worker comes first, so a new CLI never looks for a worker that is not there yet.
 */
async function buildTo(target, options) {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await build({ ...common, ...options, outfile: temporary });
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

export async function buildCli() {
  await buildTo(WORKER_BUNDLE, { entryPoints: ['main/workers/import-worker.ts'], format: 'cjs' });
  await buildTo(CLI_BUNDLE, {
    entryPoints: ['main/cli/main.ts'],
    format: 'esm',
    // better-sqlite3 stays a real module: its native addon is loaded at run time.
    external: ['better-sqlite3'],
    // CommonJS dependencies bundled into an ES module still call require and read __dirname.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        "import { dirname as __pathDirname } from 'node:path';",
        "import { fileURLToPath as __fileURLToPath } from 'node:url';",
        'const require = __createRequire(import.meta.url);',
        'const __dirname = __pathDirname(__fileURLToPath(import.meta.url));',
      ].join(' '),
    },
    // files from outside are read in a worker of their own (main/platform/run-in-worker.ts)
    define: { __IMPORT_WORKER_BUNDLE__: JSON.stringify(path.basename(WORKER_BUNDLE)) },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log('built out/cli/session-desk.mjs and out/cli/import-worker.cjs');
}

// Bundles the CLI into out/cli: session-desk.mjs, which runs the bundle session-desk.cjs with V8's code cache
// (scripts/cli-launcher.mjs says why), and the file-reading worker import-worker.cjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out', 'cli');
export const CLI_BUNDLE = path.join(out, 'session-desk.mjs');
export const WORKER_BUNDLE = path.join(out, 'import-worker.cjs');

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
  // imported here: npm run cli imports this file on every call, and builds only now and then
  const { build } = await import('esbuild');
  try {
    await build({ ...common, ...options, outfile: temporary });
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

export async function buildCli() {
  await buildTo(WORKER_BUNDLE, { entryPoints: ['main/workers/import-worker.ts'], format: 'cjs' });
  await buildTo(path.join(out, 'session-desk.cjs'), {
    entryPoints: ['main/cli/main.ts'],
    // CommonJS, so that the launcher can compile it with V8's code cache (vm.Script takes no ES module)
    format: 'cjs',
    // better-sqlite3 stays a real module: its native addon is loaded at run time.
    external: ['better-sqlite3'],
    // main/platform/project-paths.ts finds the project from its own file, as the bundle's file here
    define: {
      'import.meta.url': '__bundleUrl',
      // files from outside are read in a worker of their own (main/platform/run-in-worker.ts)
      __IMPORT_WORKER_BUNDLE__: JSON.stringify(path.basename(WORKER_BUNDLE)),
    },
    banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  for (const name of fs.readdirSync(out)) if (name.endsWith('.cache')) fs.rmSync(path.join(out, name), { force: true });
  // the launcher last: it is what npm run cli looks at, and the bundle it runs is there by then
  const launcher = `${CLI_BUNDLE}.${process.pid}.tmp`;
  fs.copyFileSync(path.join(root, 'scripts', 'cli-launcher.mjs'), launcher);
  fs.renameSync(launcher, CLI_BUNDLE);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log('built out/cli/session-desk.mjs and out/cli/import-worker.cjs');
}

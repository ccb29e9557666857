// `npm start`: gets Electron's binary, the Electron build of better-sqlite3, the renderer and the
// Electron bundles ready, then starts the app. Arguments are passed on: `npm start -- --db my.sqlite`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqlite } from './build-electron-sqlite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const BROWSER_MODE_HINT = 'To use Session Desk without the desktop shell, run it in your browser: npm run web';

function fail(message) {
  console.error(`\n${message}\n${BROWSER_MODE_HINT}\n`);
  process.exit(1);
}

/** True when node_modules/electron has its binary (the test index.js makes before it tries to download). */
function electronInstalled() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  try {
    const relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8');
    return fs.existsSync(path.join(dir, 'dist', relative));
  } catch {
    return false;
  }
}

/** (a) The binary is skipped at install time (allowScripts, docs/architecture.md); fetch it now, once. */
function electronBinary() {
  if (!electronInstalled()) {
    console.log('Downloading the Electron binary (once)...');
    const env = { ...process.env };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    const install = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
    const result = spawnSync(process.execPath, [install], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    });
    if (result.status !== 0 || !electronInstalled()) {
      const cause =
        (result.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? `exit code ${result.status}`;
      fail(
        `Session Desk could not start: the Electron binary is not installed and could not be downloaded (${cause.trim()}).\n` +
          'Electron fetches it from GitHub, outside the npm registry: this needs network access once. ' +
          'To retry by hand: node node_modules/electron/install.js',
      );
    }
  }
  try {
    return require('electron'); // the path of the executable
  } catch (error) {
    fail(`Session Desk could not start: Electron's binary cannot be found (${error.message}).`);
  }
}

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** (c) Vite's build of the renderer, redone when a source is newer than it. */
function buildRendererIfStale() {
  const built = newestMtime(path.join(root, 'out', 'renderer', 'index.html'));
  const sources = ['renderer', 'shared', 'assets', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
    newestMtime(path.join(root, p)),
  );
  if (built > 0 && built >= Math.max(...sources)) return;
  console.log('Building the renderer...');
  const result = spawnSync('npx', ['vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) fail('Session Desk could not start: the renderer did not build (`npx vite build` failed).');
}

const electron = electronBinary();

let nativeBinding;
try {
  nativeBinding = ensureElectronSqlite(); // (b)
} catch (error) {
  fail(
    `Session Desk could not start. ${error.message}\n` +
      'The desktop app needs its own build of better-sqlite3, made once with network access.',
  );
}

buildRendererIfStale();
await import('./build-electron.mjs'); // (d)

// (e) The app, from the project folder; a relative --db means the folder the command was typed in.
const env = { ...process.env, SESSION_DESK_NATIVE_BINDING: nativeBinding };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [root, ...process.argv.slice(2)], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

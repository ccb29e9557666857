// Builds better-sqlite3 for Electron's ABI in a scratch copy, leaving node_modules/better-sqlite3
// (the Node build that tests, the CLI and the browser mode load) untouched. `npm start` calls it;
// `node scripts/build-electron-sqlite.mjs` runs it alone. A packaged app needs none of this:
// electron-builder's own rebuild (npmRebuild) puts the right binary in place.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

// Where node-gyp gets Electron's headers; SESSION_DESK_ELECTRON_HEADERS points at a mirror.
const ELECTRON_HEADERS = process.env.SESSION_DESK_ELECTRON_HEADERS || 'https://electronjs.org/headers';

const readVersion = (pkg) => JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;

/** Where the Electron build lives: one folder per Electron version, platform and architecture. */
export function electronBindingPath(electronVersion = readVersion('electron')) {
  return path.join(
    root,
    'out',
    'native',
    `electron-${electronVersion}-${process.platform}-${process.arch}`,
    'better_sqlite3.node',
  );
}

/**
 * node-gyp from node_modules (pinned by the lockfile: electron-builder -> @electron/rebuild -> node-gyp),
 * else the copy npm bundles. We call node-gyp directly rather than @electron/rebuild because the
 * latter rebuilds modules in place inside a node_modules tree and first tries to download prebuilt
 * binaries; a plain `node-gyp rebuild` in a scratch copy touches nothing else.
 */
function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const npm = process.env.npm_execpath;
    const bundled = npm && path.join(path.dirname(npm), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (bundled && fs.existsSync(bundled)) return bundled;
    return null;
  }
}

/** Returns the path of the Electron build of better-sqlite3, building it first if needed; throws with a clear message. */
export function ensureElectronSqlite({ log = console.log } = {}) {
  const electronVersion = readVersion('electron');
  const sqliteVersion = readVersion('better-sqlite3');
  const binding = electronBindingPath(electronVersion);
  const stamp = path.join(path.dirname(binding), 'better-sqlite3-version.txt');
  if (fs.existsSync(binding) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === sqliteVersion) {
    return binding;
  }

  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found (neither in node_modules nor bundled with npm). Run `npm ci`.');

  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-sqlite-'));
  const copy = path.join(scratch, 'better-sqlite3');
  try {
    fs.cpSync(source, copy, {
      recursive: true,
      filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
    });

    // npm exports its config to scripts as npm_config_*; nodedir=/usr (or a target/runtime meant for
    // Node) would make node-gyp build against Node's headers and give an addon Electron refuses.
    const env = { ...process.env };
    for (const key of Object.keys(env)) {
      if (
        /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|devdir|build_from_source)$/i.test(key)
      ) {
        delete env[key];
      }
    }

    log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once; about a minute or two)...`);
    const result = spawnSync(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        `--dist-url=${ELECTRON_HEADERS}`,
        '--runtime=electron',
        `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
        '--jobs=max',
      ],
      { cwd: copy, env, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' },
    );
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !fs.existsSync(built)) {
      const stderr = result.stderr ?? '';
      process.stderr.write(stderr);
      const offline =
        /network connectivity|install got an error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo/i.test(
          stderr,
        );
      throw new Error(
        `Could not build better-sqlite3 for Electron ${electronVersion}` +
          (offline
            ? `: Electron's headers could not be downloaded from ${ELECTRON_HEADERS} (no network access?).`
            : ` (node-gyp exited with ${result.status ?? result.signal ?? result.error?.message}).`),
      );
    }
    fs.mkdirSync(path.dirname(binding), { recursive: true });
    fs.copyFileSync(built, binding);
    fs.writeFileSync(stamp, `${sqliteVersion}\n`);
    log(`Built ${path.relative(root, binding)}`);
    return binding;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureElectronSqlite();
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

// out/cli/session-desk.mjs (copied there by scripts/build-cli.mjs): runs the CLI's bundle,
// session-desk.cjs beside it, with V8's code cache kept beside it (session-desk-SIZE-TIME-COMMAND.cache).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/*
 * Node 20 keeps no compile cache of its own (module.enableCompileCache came in Node 22), and a CLI
 * call is a whole process: compiling the bundle again on each call was a fifth of an export's time.
 * So the bundle is compiled here with the code V8 kept from the command's first run after a build
 * (which holds every function that run compiled, not only the top level: one cache per command). V8 checks a cache against the
 * source's length only, so the cache's name holds the bundle's size and modification time: a cache
 * from another build is never read (scripts/build-cli.mjs removes the old ones). A cache V8 refuses (another Node) is
 * written again, under a name of its own, then renamed, as many CLIs may start at once.
 */
/*
 * Without V8's optimizing compiler: a CLI call lives under a second, and optimizing its hot
 * functions cost more than it gave (the 100-page export: 0.31 s of CPU instead of 0.46 s; `export
 * all` of that session in four languages 0.90 s instead of 1.10 s). Set before the bundle is
 * compiled: V8 keeps a code cache only for the flags that made it.
 */
v8.setFlagsFromString('--no-opt');

const dir = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.join(dir, 'session-desk.cjs');

const readCache = () => {
  try {
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
};
// one open file for both, so that the name and the source are of the same build
const fd = fs.openSync(bundle, 'r');
const built = fs.fstatSync(fd);
const [first, , third] = process.argv.slice(2);
const command = (first === '--db' ? third : first) ?? 'help';
const build = `session-desk-${built.size}-${Math.trunc(built.mtimeMs)}-`;
const cacheFile = path.join(dir, `${build}${/^[a-z-]+$/.test(command) ? command : 'other'}.cache`);
const source = fs.readFileSync(fd, 'utf8');
fs.closeSync(fd);
const cachedData = readCache();
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
if (!cachedData || script.cachedDataRejected) {
  process.once('beforeExit', () => {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, script.createCachedData());
      fs.renameSync(temporary, cacheFile);
      // caches of other builds (CLIs that built at once each left one) are never read again
      for (const name of fs.readdirSync(dir)) {
        if (name.endsWith('.cache') && !name.startsWith(build)) fs.rmSync(path.join(dir, name), { force: true });
      }
    } catch {
      fs.rmSync(temporary, { force: true }); // a read-only install runs without the cache
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dir);

import { execFile, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { buildSync } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../main/app/open-app';
import { isReadOnlyDatabase, type AccessCheck } from '../../main/safety/writable-copy';
import { ApiFailure } from '../../shared/api/errors';

const run = promisify(execFile);
let dir: string;
let opened: App[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-read-only-'));
});
afterEach(async () => {
  for (const app of opened) await app.close();
  opened = [];
  fs.rmSync(dir, { recursive: true, force: true });
});

const hashOf = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const keep = (app: App) => (opened.push(app), app);

/** The tests run as root, which writes anywhere: a read-only file is stood in for by the access check. */
const denyWritesTo =
  (...targets: string[]): AccessCheck =>
  (target, mode) => {
    if (mode & fs.constants.W_OK && targets.includes(path.resolve(target))) {
      throw Object.assign(new Error(`EACCES: permission denied, access '${target}'`), { code: 'EACCES' });
    }
  };

/** A database with the demo session, closed cleanly; with `demoFlag` false the first-run flag is missing. */
async function databaseWithData(file: string, demoFlag = true): Promise<void> {
  const app = await openApp(file, { automaticBackups: false, demoOnFirstRun: demoFlag });
  if (!demoFlag) await app.api.call('demo.create', {});
  await app.close();
}

const SESSION = {
  bodyId: '',
  title: { en: 'Read-only test', es: '', fr: '', pt: '' },
  date: '2026-12-03',
  startTime: '10:00',
  endTime: '13:00',
  room: 'Padilha Vidal Room',
  modality: 'in_person',
  originalLanguage: 'es',
  status: 'draft',
};

async function aWrite(app: App) {
  const bodies = await app.api.call('bodies.list', {});
  const bodyId = (bodies as { ok: true; value: { id: string }[] }).value[0]!.id;
  return app.api.call('sessions.create', { ...SESSION, bodyId });
}

describe('detecting a read-only database', () => {
  it('needs both the file and its folder writable; a missing file is not read-only', () => {
    const file = path.join(dir, 'db.sqlite');
    fs.writeFileSync(file, '');
    expect(isReadOnlyDatabase(file, denyWritesTo())).toBe(false);
    expect(isReadOnlyDatabase(file, denyWritesTo(file))).toBe(true);
    expect(isReadOnlyDatabase(file, denyWritesTo(dir))).toBe(true);
    expect(isReadOnlyDatabase(path.join(dir, 'none.sqlite'), denyWritesTo(dir))).toBe(false);
  });

  it('finds a file a non-root user cannot write, with the real access check', () => {
    const file = path.join(dir, 'db.sqlite');
    fs.writeFileSync(file, '');
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o755);
    // the real function, bundled beside the file: nobody may not read the clone (a `mktemp -d` is 0700)
    const probe = path.join(dir, 'writable-copy-probe.cjs');
    buildSync({
      entryPoints: [path.resolve('main/safety/writable-copy.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: probe,
      logLevel: 'silent',
    });
    fs.chmodSync(probe, 0o644);
    const asNobody = (target: string) =>
      execFileSync(
        'setpriv',
        [
          '--reuid=65534',
          '--regid=65534',
          '--clear-groups',
          process.execPath,
          '-e',
          `console.log(require(${JSON.stringify(probe)}).isReadOnlyDatabase(${JSON.stringify(target)}))`,
        ],
        { encoding: 'utf8' },
      ).trim();
    if (process.getuid?.() !== 0) return; // setpriv needs root; the injected checks above cover the logic
    expect(asNobody(file)).toBe('true');
  });
});

describe('a read-only database at start', () => {
  it('opens for reading, says so, answers read_only to every write, and leaves the file as it was', async () => {
    const file = path.join(dir, 'db.sqlite');
    await databaseWithData(file, false);
    const before = hashOf(file);
    const app = keep(await openApp(file, { access: denyWritesTo(file), automaticBackups: true }));
    expect(app.readOnly).toBe(true);
    expect(await app.api.call('storage.status', {})).toEqual({
      ok: true,
      value: { readOnly: true, backups: { count: 0, failure: null } },
    });
    const sessions = await app.api.call('sessions.list', {});
    expect(sessions.ok && (sessions.value as unknown[]).length).toBe(1);
    expect(await aWrite(app)).toEqual({
      ok: false,
      error: { code: 'read_only', messageKey: 'errors.read_only', issues: [] },
    });
    expect(hashOf(file)).toBe(before);
  });

  it('opens a writable copy on request and moves the app to it; the read-only file is untouched', async () => {
    const file = path.join(dir, 'db.sqlite');
    const copies = path.join(dir, 'copies');
    await databaseWithData(file);
    const before = hashOf(file);
    const app = keep(
      await openApp(file, { access: denyWritesTo(file, dir), automaticBackups: false, copyFolders: [dir, copies] }),
    );
    const answer = await app.api.call('storage.openWritableCopy', {});
    expect(answer.ok).toBe(true);
    const copy = (answer as { ok: true; value: { file: string } }).value.file;
    expect(copy).toMatch(new RegExp(`^${copies}/db-copy-\\d{8}T\\d{9}Z\\.sqlite$`));
    expect(await app.api.call('storage.status', {})).toMatchObject({ ok: true, value: { readOnly: false } });
    expect(app.file).toBe(copy);
    expect((await aWrite(app)).ok).toBe(true);
    const sessions = await app.api.call('sessions.list', {});
    expect(sessions.ok && (sessions.value as unknown[]).length).toBe(2);
    expect(hashOf(file)).toBe(before);
    expect(await app.api.call('storage.openWritableCopy', {})).toEqual({ ok: true, value: { file: null } });
  });

  it('refuses a read-only database that needs an upgrade, with a typed error', async () => {
    const file = path.join(dir, 'old.sqlite');
    const raw = new BetterSqlite3(file);
    raw.exec(
      "create table kysely_migration (name varchar(255) primary key, timestamp varchar(255)); insert into kysely_migration values ('0001-initial', 'x')",
    );
    raw.close();
    const failure = await openApp(file, { access: denyWritesTo(file) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error.code).toBe('read_only');
  });

  it('cannot make the folder of a database where a file stands: cannot_open, no stack trace', async () => {
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    const failure = await openApp(path.join(dir, 'a-file', 'db.sqlite')).catch((error: unknown) => error);
    expect((failure as ApiFailure).error).toMatchObject({ code: 'cannot_open', issues: [{ path: 'database' }] });
  });
});

/** A read-only bind mount of a folder: the real thing, where the machine lets root mount (skipped elsewhere). */
function readOnlyMount(source: string, target: string): boolean {
  fs.mkdirSync(target, { recursive: true });
  try {
    execFileSync('mount', ['--bind', source, target], { stdio: 'ignore' });
    execFileSync('mount', ['-o', 'remount,bind,ro', target], { stdio: 'ignore' });
    return true;
  } catch {
    try {
      execFileSync('umount', [target], { stdio: 'ignore' });
    } catch {
      // it was not mounted
    }
    return false;
  }
}

describe('a database on a read-only drive (a read-only bind mount)', () => {
  it('opens in the app and in the CLI, reads, and answers read_only to writes', async (context) => {
    const source = path.join(dir, 'source');
    const mounted = path.join(dir, 'mounted');
    fs.mkdirSync(source);
    await databaseWithData(path.join(source, 'db.sqlite'));
    expect(fs.existsSync(path.join(source, 'db.sqlite-wal'))).toBe(false);
    if (!readOnlyMount(source, mounted)) return context.skip();
    try {
      const file = path.join(mounted, 'db.sqlite');
      expect(isReadOnlyDatabase(file)).toBe(true);
      const app = keep(await openApp(file, { copyFolders: [mounted, path.join(dir, 'copies')] }));
      expect(app.readOnly).toBe(true);
      expect(await app.api.call('storage.status', {})).toMatchObject({ ok: true, value: { readOnly: true } });
      expect((await app.api.call('sessions.list', {})).ok).toBe(true);
      expect(await aWrite(app)).toMatchObject({ ok: false, error: { code: 'read_only' } });

      const cli = (...args: string[]) =>
        run(process.execPath, ['scripts/run-cli.mjs', '--db', file, ...args]).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (e: { code: number; stdout: string; stderr: string }) => e,
        );
      const list = await cli('sessions');
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toHaveLength(1);
      const write = await cli('demo');
      expect(write.code).toBe(1);
      expect(write.stderr).toMatch(/^error: read_only$/m);
      expect(write.stderr).not.toMatch(/\n\s+at /);

      const answer = await app.api.call('storage.openWritableCopy', {});
      expect(answer).toMatchObject({ ok: true, value: { file: expect.stringContaining(path.join(dir, 'copies')) } });
      expect((await aWrite(app)).ok).toBe(true);
      await app.close();
      opened = [];
    } finally {
      execFileSync('umount', [mounted]);
    }
  }, 60_000);
});

import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../main/app/open-app';
import { ApiFailure } from '../../shared/api/errors';
import { openStore } from '../../main/store/open-database';

const run = promisify(execFile);
let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const hashOf = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const filesIn = (folder: string) => fs.readdirSync(folder).sort();

/** A database of this build, then a migration recorded that only a newer build knows, in the journal mode given. */
async function newerDatabase(journalMode: 'WAL' | 'DELETE'): Promise<string> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-newer-'));
  const file = path.join(dir, 'newer.sqlite');
  const { db } = await openStore({ file });
  await db.destroy();
  const raw = new BetterSqlite3(file);
  raw.pragma(`journal_mode = ${journalMode}`);
  raw.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('0099-from-the-future', '2030-01-01');
  raw.close();
  return file;
}

describe('a database made by a newer version', () => {
  for (const mode of ['WAL', 'DELETE'] as const) {
    it(`is refused before anything writes to it (${mode === 'WAL' ? 'WAL' : 'rollback journal'}), byte for byte unchanged`, async () => {
      const file = await newerDatabase(mode);
      const before = hashOf(file);
      const filesBefore = filesIn(dir);
      const failure = await openApp(file, { automaticBackups: false }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(ApiFailure);
      const { code, issues } = (failure as ApiFailure).error;
      expect(code).toBe('newer_version');
      expect(issues[0]?.message).toMatch(/made by a newer version of Session Desk \(schema 0099-from-the-future\)/);
      expect(issues[0]?.message).toMatch(/update Session Desk/);
      expect(hashOf(file)).toBe(before);
      expect(filesIn(dir)).toEqual(filesBefore);
      const raw = new BetterSqlite3(file, { readonly: true });
      expect(raw.pragma('journal_mode', { simple: true })).toBe(mode.toLowerCase());
      raw.close();
    });
  }

  // The first open imports the demo and the first call the API (main/app/open-app.ts loads them when first used).
  it('of this build still opens', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-newer-'));
    const file = path.join(dir, 'same.sqlite');
    const first = await openApp(file, { automaticBackups: false });
    await first.close();
    const again = await openApp(file, { automaticBackups: false });
    expect((await again.api.call('sessions.list', {})).ok).toBe(true);
    await again.close();
  }, 30_000);
});

describe('a newer database at the start of the browser mode and the CLI', () => {
  it('ends in one clear line that says so, exit code 1, no stack trace, the file unchanged', async () => {
    const file = await newerDatabase('DELETE');
    const before = hashOf(file);
    for (const args of [
      ['main/web/main.ts', '--db', file, '--no-build'],
      ['main/cli/main.ts', '--db', file, 'sessions'],
    ]) {
      const failed = await run(process.execPath, ['--import', 'tsx', ...args]).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code, args[0]).toBe(1);
      expect(failed?.stderr).toMatch(
        /error: newer_version\n {2}database: .* was made by a newer version of Session Desk/,
      );
      expect(failed?.stderr).not.toMatch(/\n\s+at /);
    }
    expect(hashOf(file)).toBe(before);
  }, 60_000);
});

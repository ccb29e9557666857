import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-safety-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

/** The CLI as `npm run -s cli` runs it (the built CLI), without npm's own start-up. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/run-cli.mjs', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function bytes(file: string): Buffer {
  const raw = new BetterSqlite3(file);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return fs.readFileSync(file);
}
const sessionCount = (file: string) => {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    return raw.prepare('select count(*) from sessions').pluck().get();
  } finally {
    raw.close();
  }
};

describe('the CLI for backups and session files', () => {
  it('exports a session and imports it elsewhere; a second import asks for a choice and changes nothing', async () => {
    const { sessionId } = JSON.parse((await cli('--db', at('a.sqlite'), 'demo')).stdout) as { sessionId: string };
    const exported = await cli(
      '--db',
      at('a.sqlite'),
      'bundle',
      'export',
      '--session',
      sessionId,
      '--out',
      at('s.sessiondesk'),
    );
    expect(exported).toMatchObject({ code: 0 });
    expect(fs.readFileSync(at('s.sessiondesk')).subarray(0, 2).toString()).toBe('PK');

    expect(await cli('--db', at('b.sqlite'), 'bundle', 'import', at('s.sessiondesk'))).toMatchObject({ code: 0 });
    const before = bytes(at('b.sqlite'));
    const again = await cli('--db', at('b.sqlite'), 'bundle', 'import', at('s.sessiondesk'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('this session is already here: choose to replace it or to keep both');
    expect(bytes(at('b.sqlite')).equals(before)).toBe(true);

    const both = await cli(
      '--db',
      at('b.sqlite'),
      'bundle',
      'import',
      at('s.sessiondesk'),
      '--on-conflict',
      'keep-both',
    );
    expect(JSON.parse(both.stdout)).toMatchObject({ outcome: 'keep-both' });
    expect(sessionCount(at('b.sqlite'))).toBe(2);
  }, 60_000);

  it('backs up to a file, refuses to restore a bad one, restores a good one after backing up the current data', async () => {
    expect(await cli('--db', at('b.sqlite'), 'backup', '--out', at('two.sqlite'))).toMatchObject({ code: 0 });
    expect(
      await cli('--db', at('b.sqlite'), 'bundle', 'import', at('s.sessiondesk'), '--on-conflict', 'keep-both'),
    ).toMatchObject({ code: 0 });
    expect(sessionCount(at('b.sqlite'))).toBe(3);

    const before = bytes(at('b.sqlite'));
    const bad = await cli('--db', at('b.sqlite'), 'restore', at('s.sessiondesk'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a SQLite database|not a database/);
    expect(bytes(at('b.sqlite')).equals(before)).toBe(true);
    expect(fs.existsSync(`${at('b.sqlite')}.backups`)).toBe(false);

    const good = await cli('--db', at('b.sqlite'), 'restore', at('two.sqlite'));
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ safetyBackup: { reason: 'pre-restore' } });
    expect(sessionCount(at('b.sqlite'))).toBe(2);
  }, 60_000);

  it('restores over a damaged database, setting the damaged file aside first', async () => {
    fs.writeFileSync(at('c.sqlite'), Buffer.alloc(8192, 0x42));
    const restored = await cli('--db', at('c.sqlite'), 'restore', at('two.sqlite'));
    expect(restored).toMatchObject({ code: 0 });
    expect(sessionCount(at('c.sqlite'))).toBe(2);
    const aside = fs.readdirSync(`${at('c.sqlite')}.backups`).filter((f) => f.startsWith('damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(`${at('c.sqlite')}.backups`, aside[0]!)).equals(Buffer.alloc(8192, 0x42))).toBe(
      true,
    );
  }, 60_000);
});

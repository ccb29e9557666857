import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-cli-'));
const db = path.join(dir, 'demo.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CLI exactly as the README shows it: `npm run -s cli -- --db FILE <command>`. */
const cli = (...args: string[]) => run('npm', ['run', '-s', 'cli', '--', ...args], { cwd: process.cwd() });

// each call starts npm, then the built CLI (built first when a source is newer): seconds on two cores
const SLOW = 60_000;

describe('the CLI', () => {
  it(
    'creates the demo session and prints its id, then lists it as JSON',
    async () => {
      const demo = await cli('--db', db, 'demo');
      const { sessionId } = JSON.parse(demo.stdout) as { sessionId: string };
      expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
      const sessions = JSON.parse((await cli('--db', db, 'sessions')).stdout) as { id: string; date: string }[];
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ id: sessionId, date: '2023-05-09', startTime: '10:00' });
    },
    SLOW,
  );

  it(
    'says what is wrong with an unknown command, and exits non-zero',
    async () => {
      const failure = await cli('--db', db, 'frobnicate').catch((e: { code: number; stderr: string }) => e);
      expect(failure).toMatchObject({ code: 2 });
      expect((failure as { stderr: string }).stderr).toContain('unknown command "frobnicate"');
    },
    SLOW,
  );
});

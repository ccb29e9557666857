import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-cli-new-session-'));
const db = path.join(dir, 'archive.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = async (...args: string[]) =>
  (await run(process.execPath, ['scripts/run-cli.mjs', '--db', db, ...args], { cwd: process.cwd() })).stdout;

describe('new-session in the CLI', () => {
  it("starts next year's session from this year's held one and prints its id", async () => {
    const { sessionId: held } = JSON.parse(await cli('demo', '--held')) as { sessionId: string };
    const { sessionId } = JSON.parse(await cli('new-session', '--from', held, '--date', '2024-05-14')) as {
      sessionId: string;
    };
    const sessions = JSON.parse(await cli('sessions')) as { id: string; date: string; status: string }[];
    expect(sessions.map((s) => [s.id, s.date, s.status])).toEqual([
      [sessionId, '2024-05-14', 'draft'],
      [held, '2023-05-09', 'held'],
    ]);
  });

  it('refuses a date that is not a calendar date, naming --date', async () => {
    const failed = await cli('new-session', '--from', 'x', '--date', '14/05/2024').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: expect.any(Number) });
    expect((failed as { stderr: string }).stderr).toContain('--date');
  });
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/app/open-app';
import { backupToFile, backupsFolderOf, createBackup, listBackups } from '../../main/safety/backups';
import { DEFAULT_ROTATION, MINUTE } from '../../main/safety/scheduler';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-restore-prune-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('CLI restore', () => {
  it('prunes the backups by the same rotation as the automatic ones', async () => {
    const file = path.join(dir, 'db.sqlite');
    const app = await openApp(file, { automaticBackups: false });
    await app.close();
    const copy = path.join(dir, 'copy.sqlite');
    await backupToFile(file, copy);
    // the last quarter of an hour, a minute apart: more than the rotation keeps of one day
    const start = Date.now() - 15 * MINUTE;
    for (let i = 0; i < DEFAULT_ROTATION.keepLast + 2; i++)
      await createBackup(file, 'manual', { now: start + i * MINUTE });
    expect(listBackups(backupsFolderOf(file))).toHaveLength(DEFAULT_ROTATION.keepLast + 2);

    const { stdout } = await run(process.execPath, ['scripts/run-cli.mjs', '--db', file, 'restore', copy]);
    const { safetyBackup } = JSON.parse(stdout) as { safetyBackup: { id: string } };
    const left = listBackups(backupsFolderOf(file));
    expect(left).toHaveLength(DEFAULT_ROTATION.keepLast);
    expect(left[0]?.id).toBe(safetyBackup.id);
  }, 60_000);
});

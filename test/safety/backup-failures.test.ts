import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../main/app/open-app';
import { startAutomaticBackups } from '../../main/safety/automatic-backups';
import { backupsFolderOf } from '../../main/safety/backups';
import { trackStorage } from '../../main/safety/storage-state';
import { openTempStore, type TempStore } from '../support/temp-store';

const quiet = () => undefined;

describe('a failed automatic backup', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await openTempStore();
    trackStorage(store.db, { readOnly: false, file: store.file });
  });
  afterEach(() => store.close());

  it('is kept for the header with its reason, until a backup succeeds again', async () => {
    let full = true;
    const at = Date.parse('2026-03-01T08:00:00.000Z');
    const backups = startAutomaticBackups({
      db: store.db,
      file: store.file,
      clock: { now: () => at },
      pollMs: 20,
      onError: quiet,
      backup: async (file, reason, now) => {
        if (full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        return { id: `x-${reason}`, createdAt: new Date(now).toISOString(), reason, sizeBytes: fs.statSync(file).size };
      },
    });
    await backups.started;
    expect(await store.call('storage.status', {})).toEqual({
      readOnly: false,
      backups: { count: 0, failure: { at: '2026-03-01T08:00:00.000Z', code: 'disk_full' } },
    });
    full = false;
    await store.call('demo.create', {}); // a change: the next poll backs up
    await vi.waitFor(async () =>
      expect((await store.call<{ backups: { failure: unknown } }>('storage.status', {})).backups.failure).toBeNull(),
    );
    await backups.stop();
  });
});

/** A small tmpfs over the backups folder: a real full disk, where the machine lets root mount (skipped elsewhere). */
function mountTmpfs(target: string, size: string): boolean {
  fs.mkdirSync(target, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', target], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('backups on a full disk (a 64 KB tmpfs)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-full-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows the failure as disk_full at start, and again after a restart with no backup at all', async (context) => {
    const file = path.join(dir, 'db.sqlite');
    const folder = backupsFolderOf(file);
    if (!mountTmpfs(folder, '64k')) return context.skip();
    try {
      for (const round of [1, 2]) {
        const app = await openApp(file);
        await waitForBackupFailure(app);
        expect(await app.api.call('storage.status', {}), `round ${round}`).toMatchObject({
          ok: true,
          value: { readOnly: false, backups: { count: 0, failure: { code: 'disk_full' } } },
        });
        // nothing half-made is left in the backups folder
        expect(fs.readdirSync(folder)).toEqual([]);
        await app.close();
      }
    } finally {
      execFileSync('umount', [folder]);
    }
  }, 60_000);
});

/** The backup at start runs beside the start-up; wait until it has settled. */
async function waitForBackupFailure(app: Awaited<ReturnType<typeof openApp>>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const status = await app.api.call('storage.status', {});
    if (status.ok && (status.value as { backups: { failure: unknown } }).backups.failure) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

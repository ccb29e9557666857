import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo, BackupReason } from '../../shared/api/safety-procedures';
import { invoke } from '../../main/services/handlers';
import { startAutomaticBackups } from '../../main/safety/automatic-backups';
import { backupFileOf, backupsFolderOf, listBackups, stampOf } from '../../main/safety/backups';
import { BackupScheduler, backupsToKeep, MINUTE } from '../../main/safety/scheduler';
import { openTempStore, type TempStore } from '../support/temp-store';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-01T08:00:00.000Z');

class FakeClock {
  constructor(public t = T0) {}
  now = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(() => store.close());

/** Bytes of the database with its WAL folded in: equal bytes, unchanged data. */
function fileBytes(file: string): Buffer {
  const raw = new BetterSqlite3(file);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return fs.readFileSync(file);
}

describe('the backup scheduler (with its own clock)', () => {
  it('backs up at start, then after changes at most every 10 minutes', async () => {
    const clock = new FakeClock();
    let mark = 0;
    const made: { reason: BackupReason; at: number }[] = [];
    const scheduler = new BackupScheduler({
      databaseFile: store.file,
      clock,
      changeMark: async () => String(mark),
      backup: async (_file, reason, at) => {
        made.push({ reason, at });
        return fakeBackup(store.file, reason, at);
      },
    });
    await scheduler.start();
    expect(made).toEqual([{ reason: 'start', at: T0 }]);

    clock.advance(11 * MINUTE);
    expect(await scheduler.poll()).toBeNull(); // nothing changed: no backup

    mark++;
    clock.advance(MINUTE);
    expect((await scheduler.poll())?.reason).toBe('auto'); // changed, and the last is 12 minutes old

    mark++;
    clock.advance(9 * MINUTE);
    expect(await scheduler.poll()).toBeNull(); // changed, but the last is only 9 minutes old
    clock.advance(59_999);
    expect(await scheduler.poll()).toBeNull();
    clock.advance(1);
    expect((await scheduler.poll())?.reason).toBe('auto'); // 10 minutes to the millisecond
    expect(made.map((m) => (m.at - T0) / MINUTE)).toEqual([0, 12, 22]);

    // a backup made on request counts for the rule
    mark++;
    clock.advance(10 * MINUTE);
    await scheduler.record(async () => fakeBackup(store.file, 'manual', clock.now()));
    mark++;
    clock.advance(5 * MINUTE);
    expect(await scheduler.poll()).toBeNull();
  });

  it('keeps the last 10 and one a day for 30 days, over 45 days of work', async () => {
    const clock = new FakeClock();
    let mark = 0;
    const scheduler = new BackupScheduler({
      databaseFile: store.file,
      clock,
      changeMark: async () => String(mark),
      backup: async (_file, reason, at) => fakeBackup(store.file, reason, at),
    });
    await scheduler.start();
    // 45 days, a change every 7 minutes, from 08:00 to 18:00
    for (let day = 0; day < 45; day++) {
      for (let minute = 0; minute < 10 * 60; minute += 7) {
        clock.t = T0 + day * DAY + minute * MINUTE;
        mark++;
        await scheduler.poll();
      }
    }
    const kept = listBackups(backupsFolderOf(store.file));
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    // the newest 10 are all from the last day; then one for each of the 29 days before
    expect(kept.slice(0, 10).every((b) => b.createdAt.startsWith('2026-04-14'))).toBe(true);
    expect(days.size).toBe(30);
    expect(kept).toHaveLength(10 + 29);
    expect([...days].sort()[0]).toBe('2026-03-16');
    // each earlier day keeps its newest backup: changes every 7 minutes give a backup every 14, the last at 17:48
    const march20 = kept.filter((b) => b.createdAt.startsWith('2026-03-20'));
    expect(march20).toHaveLength(1);
    expect(march20[0]!.createdAt.slice(11, 16)).toBe('17:48');
  });

  it('selects what to keep with the rule alone', () => {
    const at = (iso: string): BackupInfo => ({
      id: `${stampOf(Date.parse(iso))}-auto`,
      createdAt: iso,
      reason: 'auto',
      sizeBytes: 1,
    });
    const backups = [
      at('2026-03-31T10:00:00.000Z'),
      at('2026-03-31T09:00:00.000Z'),
      at('2026-03-30T18:00:00.000Z'),
      at('2026-03-30T08:00:00.000Z'),
      at('2026-02-01T08:00:00.000Z'),
    ];
    const keep = backupsToKeep(backups, Date.parse('2026-03-31T12:00:00Z'), { keepLast: 1, keepDays: 30 });
    expect([...keep].sort()).toEqual([backups[2]!.id, backups[0]!.id].sort());
  });
});

/** A stand-in for a backup, named as the real ones, so that rotation runs over months in a second. */
function fakeBackup(databaseFile: string, reason: BackupReason, at: number): BackupInfo {
  const folder = backupsFolderOf(databaseFile);
  fs.mkdirSync(folder, { recursive: true });
  const id = `${stampOf(at)}-${reason}`;
  fs.writeFileSync(backupFileOf(folder, id), 'x');
  return { id, createdAt: new Date(at).toISOString(), reason, sizeBytes: 1 };
}

describe('backups', () => {
  it('are made with the backup API, verified, listed, and hold the data', async () => {
    await invoke(store.db, 'demo.create', {});
    const made = await store.api.call('backups.create', {});
    expect(made).toMatchObject({ ok: true, value: { reason: 'manual' } });
    const list = await store.api.call('backups.list', {});
    expect(list.ok && list.value).toHaveLength(1);
    const id = (made as { value: BackupInfo }).value.id;
    const copy = new BetterSqlite3(backupFileOf(backupsFolderOf(store.file), id), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('select count(*) from sessions').pluck().get()).toBe(1);
    copy.close();
    // a half-made file in the folder is not a backup
    fs.writeFileSync(path.join(backupsFolderOf(store.file), '.partial-x.sqlite'), 'x');
    expect((await store.api.call('backups.list', {})).ok && list.ok && list.value).toHaveLength(1);
  });

  it('start with the app and count for the API', async () => {
    const automatic = startAutomaticBackups({ db: store.db, file: store.file, pollMs: 60_000 });
    await automatic.started;
    const list = await store.api.call('backups.list', {});
    expect(list.ok && (list.value as BackupInfo[]).map((b) => b.reason)).toEqual(['start']);
    // the API's backups and restores run inside its transaction while the scheduler polls: no deadlock
    await invoke(store.db, 'demo.create', {});
    const polling = automatic.scheduler.poll();
    const made = await store.api.call('backups.create', {});
    expect(made).toMatchObject({ ok: true, value: { reason: 'manual' } });
    const backupId = (made as { value: BackupInfo }).value.id;
    const [restored] = await Promise.all([
      store.api.call('backups.restore', { backupId }),
      automatic.scheduler.poll(),
      polling,
    ]);
    expect(restored).toMatchObject({ ok: true });
    await automatic.stop();
  }, 20_000);

  it('restore from the API: the current data is backed up first, then replaced', async () => {
    const { sessionId } = await invoke(store.db, 'demo.create', {});
    const made = await store.api.call('backups.create', {});
    const backupId = (made as { value: BackupInfo }).value.id;
    await store.api.call('sessions.deleteWithBackup', { id: sessionId });
    const afterDelete = await store.dump();

    const restored = await store.api.call('backups.restore', { backupId });
    expect(restored).toMatchObject({
      ok: true,
      value: { restoredFrom: backupId, safetyBackup: { reason: 'pre-restore' } },
    });
    expect(await store.api.call('sessions.get', { id: sessionId })).toMatchObject({ ok: true });

    // and the safety backup holds the data as it was just before
    const safety = (restored as { value: { safetyBackup: BackupInfo } }).value.safetyBackup;
    expect(await store.api.call('backups.restore', { backupId: safety.id })).toMatchObject({ ok: true });
    expect(await store.dump()).toBe(afterDelete);
  });

  it('refuse to restore a damaged backup, and change nothing', async () => {
    await invoke(store.db, 'demo.create', {});
    const made = await store.api.call('backups.create', {});
    const backupId = (made as { value: BackupInfo }).value.id;
    const file = backupFileOf(backupsFolderOf(store.file), backupId);
    const bytes = fs.readFileSync(file);
    // damage a page in the middle of the file
    bytes.fill(0x41, 8192, 8192 + 2000);
    fs.writeFileSync(file, bytes);
    const before = await store.dump();
    const beforeBytes = fileBytes(store.file);
    const backupsBefore = fs.readdirSync(backupsFolderOf(store.file)).sort();

    const result = await store.api.call('backups.restore', { backupId });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(['bad_file', 'validation']).toContain(result.error.code);
      expect(result.error.issues[0]?.message).toMatch(/damaged|not a SQLite database/);
    }
    expect(await store.dump()).toBe(before);
    expect(fileBytes(store.file).equals(beforeBytes)).toBe(true);
    expect(fs.readdirSync(backupsFolderOf(store.file)).sort()).toEqual(backupsBefore);
  });

  it('refuse a backup from a newer schema, and an unknown id', async () => {
    const made = await store.api.call('backups.create', {});
    const backupId = (made as { value: BackupInfo }).value.id;
    const raw = new BetterSqlite3(backupFileOf(backupsFolderOf(store.file), backupId));
    raw.prepare("insert into kysely_migration (name, timestamp) values ('0099-future', 'x')").run();
    raw.close();
    const newer = await store.api.call('backups.restore', { backupId });
    expect(newer).toMatchObject({ ok: false });
    expect(JSON.stringify(newer)).toContain('newer version of Session Desk');
    const missing = await store.api.call('backups.restore', { backupId: '20200101T000000000Z-auto' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const traversal = await store.api.call('backups.restore', { backupId: '../../etc/passwd' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

import fs from 'node:fs';
import type { BackupInfo, BackupReason } from '../../shared/api/safety-procedures';
import { backupFileOf, backupsFolderOf, createBackup, listBackups } from './backups';

export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

export const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface RotationRule {
  /** The newest this many are kept. */
  keepLast: number;
  /** And the newest backup of each UTC day, for this many days back from now. */
  keepDays: number;
}
export const DEFAULT_ROTATION: RotationRule = { keepLast: 10, keepDays: 30 };

/** Which backups the rotation keeps (newest first in, ids out): the last N and one a day for D days. */
export function backupsToKeep(backups: readonly BackupInfo[], now: number, rule = DEFAULT_ROTATION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => (a.id < b.id ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, rule.keepLast).map((b) => b.id));
  const days = new Set<string>();
  const oldestDay = new Date(now - (rule.keepDays - 1) * DAY).toISOString().slice(0, 10);
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (day < oldestDay || days.has(day)) continue;
    days.add(day);
    keep.add(backup.id);
  }
  return keep;
}

/** Deletes the backups the rotation does not keep; answers the ids it deleted. */
export function pruneBackups(databaseFile: string, now: number, rule = DEFAULT_ROTATION): string[] {
  const folder = backupsFolderOf(databaseFile);
  const all = listBackups(folder);
  const keep = backupsToKeep(all, now, rule);
  const removed = all.filter((b) => !keep.has(b.id)).map((b) => b.id);
  for (const id of removed) fs.rmSync(backupFileOf(folder, id), { force: true });
  return removed;
}

export interface SchedulerOptions {
  databaseFile: string;
  clock?: Clock;
  /** Smallest time between two automatic backups; 10 minutes. */
  intervalMs?: number;
  rotation?: RotationRule;
  /** Something that changes whenever the data changed (SQLite's change counters in the app). */
  changeMark: () => Promise<string>;
  /** Makes one verified backup; the real one by default. */
  backup?: (databaseFile: string, reason: BackupReason, now: number) => Promise<BackupInfo>;
}

/**
 * Automatic backups: one at start, then one after changes, at most every 10 minutes, then the
 * rotation. It does nothing by itself: the app calls poll() on a timer, a test calls it with
 * its own clock. One backup at a time.
 */
export class BackupScheduler {
  private lastAt: number | null = null;
  private lastMark: string | null = null;
  private running: Promise<BackupInfo | null> = Promise.resolve(null);
  private readonly clock: Clock;
  private readonly intervalMs: number;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.intervalMs = options.intervalMs ?? 10 * MINUTE;
  }

  /** The backup at start. */
  async start(): Promise<BackupInfo | null> {
    const mark = await this.options.changeMark();
    return this.enqueue(async () => this.backupNow('start', mark));
  }

  /** Backs up if the data changed since the last backup and the last is at least the interval old. */
  async poll(): Promise<BackupInfo | null> {
    if (!this.due()) return null;
    // read outside the queue: it may wait for an API transaction, which may itself wait for the queue
    const mark = await this.options.changeMark();
    if (mark === this.lastMark) return null;
    return this.enqueue(async () => (this.due() ? this.backupNow('auto', mark) : null));
  }

  /**
   * A backup made on request (the API, a restore) counts as the latest for the 10-minute rule. It
   * runs inside the API's transaction, so it touches nothing but files (no change mark read here).
   */
  async record(backup: () => Promise<BackupInfo>): Promise<BackupInfo> {
    return this.enqueue(async () => {
      const info = await backup();
      this.lastAt = this.clock.now();
      this.prune();
      return info;
    });
  }

  /** Waits for the backup under way, if any. */
  idle(): Promise<unknown> {
    return this.running.catch(() => null);
  }

  private due(): boolean {
    return this.lastAt === null || this.clock.now() - this.lastAt >= this.intervalMs;
  }

  private async backupNow(reason: BackupReason, mark: string): Promise<BackupInfo> {
    const now = this.clock.now();
    const make = this.options.backup ?? ((file, r, at) => createBackup(file, r, { now: at }));
    const info = await make(this.options.databaseFile, reason, now);
    this.lastAt = now;
    this.lastMark = mark;
    this.prune();
    return info;
  }

  private prune(): void {
    pruneBackups(this.options.databaseFile, this.clock.now(), this.options.rotation);
  }

  private enqueue<T extends BackupInfo | null>(task: () => Promise<T>): Promise<T> {
    const next = this.running.catch(() => null).then(task);
    this.running = next;
    return next;
  }
}

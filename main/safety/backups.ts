import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BackupIdSchema,
  type BackupInfo,
  type BackupReason,
  BackupReasonSchema,
} from '../../shared/api/safety-procedures';
import { fail } from '../../shared/api/errors';
import { copyInto, migrateCopy, onlineBackup } from '../store/sqlite-files';
import { checkDatabaseFile } from './sqlite-files';
import { refuse } from '../../shared/api/errors';

/** Backups live beside the database, in `<database>.backups/`, one verified file each. */
export const backupsFolderOf = (databaseFile: string) => `${databaseFile}.backups`;

const EXTENSION = '.sqlite';
const ID_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+?)(?:-(\d{1,3}))?$/;

/** "20261123T163000123Z": an instant to the millisecond, sortable as text, safe as a file name. */
export function stampOf(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:.]/g, '');
}

export function parseBackupId(id: string): { createdAt: string; reason: BackupReason } | null {
  if (!BackupIdSchema.safeParse(id).success) return null;
  const m = ID_PATTERN.exec(id);
  const reason = BackupReasonSchema.safeParse(m?.[8]);
  if (!m || !reason.success) return null;
  const createdAt = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason.data };
}

/** The verified backups in the folder, newest first. Files that are not backups (a half-made one) are ignored. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    if (!name.endsWith(EXTENSION)) continue;
    const id = name.slice(0, -EXTENSION.length);
    const parsed = parseBackupId(id);
    if (!parsed) continue;
    const stat = fs.statSync(path.join(folder, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    backups.push({ id, ...parsed, sizeBytes: stat.size });
  }
  return backups.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export const backupFileOf = (folder: string, id: string) => path.join(folder, `${id}${EXTENSION}`);

export interface BackupOptions {
  /** When the backup is made; the scheduler's clock in tests. */
  now?: number;
}

export interface RestoreOptions extends BackupOptions {
  /**
   * When the current file cannot be backed up (it is damaged): refuse (the app, whose connection
   * has it open), or set its bytes aside in the backups folder and replace it (the CLI, which has
   * not opened it).
   */
  ifCurrentDamaged?: 'refuse' | 'set-aside';
}

/**
 * Makes a backup of the live database with the online backup API into the backups folder. It
 * counts (gets its final name) only once it opened read-only, passed the integrity check and
 * showed a readable schema version.
 */
export async function createBackup(
  databaseFile: string,
  reason: BackupReason,
  options: BackupOptions = {},
): Promise<BackupInfo> {
  const folder = backupsFolderOf(databaseFile);
  fs.mkdirSync(folder, { recursive: true });
  const base = `${stampOf(options.now ?? Date.now())}-${reason}`;
  let id = base;
  for (let n = 1; fs.existsSync(backupFileOf(folder, id)); n++) id = `${base}-${n}`;
  const partial = path.join(folder, `.partial-${id}${EXTENSION}`);
  try {
    await onlineBackup(databaseFile, partial);
    checkDatabaseFile(partial, 'backup');
    fs.renameSync(partial, backupFileOf(folder, id));
  } finally {
    fs.rmSync(partial, { force: true });
  }
  const info = listBackups(folder).find((b) => b.id === id);
  if (!info) throw new Error(`backup ${id} vanished after it was made`);
  return info;
}

/** A backup to a file the user named (CLI `backup --out FILE`), verified like the automatic ones. */
export async function backupToFile(databaseFile: string, out: string): Promise<void> {
  const target = path.resolve(out);
  const partial = path.join(path.dirname(target), `.partial-${path.basename(target)}`);
  try {
    await onlineBackup(databaseFile, partial);
    checkDatabaseFile(partial, 'backup');
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Checks a file that is to become the database, then makes a working copy brought to this
 * build's schema. Nothing of the user's is touched here; a bad file is refused with the reason.
 */
export async function prepareRestore(file: string): Promise<{ copy: string; cleanup: () => void }> {
  checkDatabaseFile(file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-restore-'));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  const copy = path.join(dir, 'restore.sqlite');
  try {
    // through the backup API too: the file may itself be a live database in WAL mode
    await copyInto(file, copy);
    await migrateCopy(copy);
    checkDatabaseFile(copy);
    return { copy, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/**
 * Replaces the live database with a checked file: the current data is backed up first (that
 * backup is returned), then the file is written in with the backup API.
 */
export async function restoreFromFile(
  databaseFile: string,
  file: string,
  options: RestoreOptions = {},
): Promise<{ safetyBackup: BackupInfo | null }> {
  const { copy, cleanup } = await prepareRestore(file);
  try {
    let safetyBackup: BackupInfo | null = null;
    if (fs.existsSync(databaseFile)) {
      try {
        safetyBackup = await createBackup(databaseFile, 'pre-restore', options);
      } catch (error) {
        if (options.ifCurrentDamaged !== 'set-aside') {
          refuse('bad_file', 'database', `the current database could not be backed up first: ${String(error)}`);
        }
        // the current file cannot even be backed up (it is the damaged one): keep its bytes aside
        keepDamagedCopy(databaseFile, options.now ?? Date.now());
        await replaceDamaged(databaseFile, copy);
        return { safetyBackup: null };
      }
    }
    await copyInto(copy, databaseFile);
    return { safetyBackup };
  } finally {
    cleanup();
  }
}

/** Restores one of the backups in the folder, by id (the only thing the renderer may name). */
export async function restoreBackup(databaseFile: string, id: string, options: BackupOptions = {}) {
  const file = backupFileOf(backupsFolderOf(databaseFile), id);
  if (!parseBackupId(id) || !fs.existsSync(file)) fail('not_found', [{ path: 'backupId', message: 'no such backup' }]);
  const { safetyBackup } = await restoreFromFile(databaseFile, file, { ...options, ifCurrentDamaged: 'refuse' });
  if (!safetyBackup) refuse('bad_file', 'database', 'the current database could not be backed up');
  return { restoredFrom: id, safetyBackup };
}

function keepDamagedCopy(databaseFile: string, now: number): void {
  const folder = backupsFolderOf(databaseFile);
  fs.mkdirSync(folder, { recursive: true });
  for (const suffix of ['', '-wal']) {
    const from = `${databaseFile}${suffix}`;
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(folder, `damaged-${stampOf(now)}${EXTENSION}${suffix}`));
  }
}

async function replaceDamaged(databaseFile: string, copy: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  await copyInto(copy, databaseFile);
}

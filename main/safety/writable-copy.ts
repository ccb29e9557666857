import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { userDataFolder } from '../platform/default-database-path';

/** fs.accessSync's shape, so tests can stand in for a read-only disk while running as root. */
export type AccessCheck = (file: string, mode: number) => void;

function canWrite(target: string, access: AccessCheck): boolean {
  try {
    access(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an existing database must be opened read-only: SQLite writes the file itself and, in WAL
 * mode, its -wal and -shm files beside it, so both the file and its folder must be writable.
 */
export function isReadOnlyDatabase(file: string, access: AccessCheck = fs.accessSync): boolean {
  return fs.existsSync(file) && !(canWrite(file, access) && canWrite(path.dirname(file), access));
}

/** The first folder a copy can be written to: beside the file, the app's own data folder, the home folder. */
export function writableFolderFor(
  file: string,
  access: AccessCheck = fs.accessSync,
  candidates = [path.dirname(file), userDataFolder(), os.homedir()],
): string | null {
  for (const folder of candidates) {
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch {
      continue;
    }
    if (canWrite(folder, access)) return folder;
  }
  return null;
}

import { ApiFailure, apiError, type ErrorCode } from '../../shared/api/errors';

/**
 * Turns what the disk says (SQLite's result codes, Node's errno codes) into the API's storage error
 * codes, so a full disk or a read-only file is named as such and never answers 'internal'.
 * SQLite-specific, so kept in one named place beside constraintErrorCode.
 */
export function storageErrorCode(error: unknown): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return 'read_only';
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return 'cannot_open';
  return null;
}

/** A storage error as the API's typed failure, located at `where` (the database file), or null for any other error. */
export function storageFailure(error: unknown, where: string): ApiFailure | null {
  const code = storageErrorCode(error);
  if (!code) return null;
  return new ApiFailure(apiError(code, [{ path: 'database', message: `${where}: ${(error as Error).message}` }]));
}

/** One line per failure for a terminal: the code, then where and why. */
export function describeFailure(failure: ApiFailure): string {
  const where = failure.error.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  return `error: ${failure.error.code}${where ? `\n${where}` : ''}`;
}

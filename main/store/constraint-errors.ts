import type { ErrorCode } from '../../shared/api/errors';

/**
 * Turns SQLite's constraint failures into the API's error codes. SQLite-specific, so kept in
 * one named place: a PostgreSQL store would map its own codes here.
 */
export function constraintErrorCode(error: unknown, during: 'write' | 'delete'): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return null;
  // ON DELETE RESTRICT reports itself as a trigger failure
  if (during === 'delete' && (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === 'SQLITE_CONSTRAINT_TRIGGER')) {
    return 'in_use';
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'not_found';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'duplicate';
  return 'validation';
}

import { z } from 'zod';
import { query } from './procedure';

/** Why an automatic backup failed: the storage error codes, or 'internal' for anything else. */
export const BACKUP_FAILURE_CODES = ['disk_full', 'read_only', 'cannot_open', 'internal'] as const;
export const BackupFailureCodeSchema = z.enum(BACKUP_FAILURE_CODES);
export type BackupFailureCode = z.infer<typeof BackupFailureCodeSchema>;

/** What the header tells about the database at all times: whether it can be written, whether backups are made. */
export const StorageStatusSchema = z.object({
  readOnly: z.boolean(),
  backups: z.object({
    /** How many verified backups there are. */
    count: z.int().min(0),
    /** The last automatic backup's failure (UTC ISO instant and why), until one succeeds again. */
    failure: z.object({ at: z.string(), code: BackupFailureCodeSchema }).nullable(),
  }),
});
export type StorageStatus = z.infer<typeof StorageStatusSchema>;

export const storageProcedures = {
  'storage.status': query(z.strictObject({}), StorageStatusSchema),
  /**
   * Copies a read-only database into a writable folder that main picks and switches the app to it;
   * answers the copy's path, to show (null for a writable database: nothing to copy). The read-only
   * file is left as it was. A query by kind: it
   * writes no row of this database (which cannot be written), so it needs no transaction on it.
   */
  'storage.openWritableCopy': query(z.strictObject({}), z.object({ file: z.string().nullable() })),
} as const;

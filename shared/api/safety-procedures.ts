/** Procedures of backups, restores and session files. */
export const safetyProcedures = {} as const;

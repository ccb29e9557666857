/** The messages of the storage error codes, spread into `errors` (their keys are `errors.<code>`). */
export const safetyErrors = {
  disk_full: 'The disk is full: nothing was saved; free some space and try again.',
  read_only:
    'This database is read-only: nothing was saved. Open a writable copy, or make the file writable and restart Session Desk.',
  cannot_open:
    'Session Desk cannot open its database file: the folder may be missing, read-only or on a drive that is not connected. Nothing was saved.',
};

/** Screen strings of the storage notices in the header: a read-only database, a failed automatic backup. */
export const safetyUi = {
  externalLink: {
    web: 'Session Desk will open this address in your browser. Open it only if you expected this site.',
    mail: 'Session Desk will open your e-mail program with this address.',
    open: 'Open',
    cancel: 'Cancel',
  },
  readOnly: {
    title: 'This database is read-only',
    body: 'You can read everything, but no change can be saved. Open a writable copy to keep working.',
    openCopy: 'Open a writable copy',
    opening: 'Making the copy…',
    copied: 'A writable copy was made. Session Desk now works on {{file}}; the read-only file is left as it was.',
  },
  backupFailed: {
    title: 'The automatic backup failed',
    body: 'The last automatic backup ({{date}}) could not be made: {{reason}}. Your data is still saved in the database, but there is no fresh backup of it.',
    none: 'No backup could be made since Session Desk started: {{reason}}. Your data is still saved in the database, but there is no backup of it.',
    reasons: {
      disk_full: 'the disk is full; free some space',
      read_only: 'the backups folder cannot be written',
      cannot_open: 'the backups folder cannot be opened',
      internal: 'an unexpected error (see the log)',
    },
  },
};

export type SafetyErrorMessages = typeof safetyErrors;
export type SafetyUiMessages = typeof safetyUi;

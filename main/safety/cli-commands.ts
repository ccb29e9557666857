import fs from 'node:fs';
import { fail } from '../../shared/api/errors';
import { OnConflictSchema } from '../../shared/api/safety-procedures';
import { callOrThrow } from '../cli/call-or-throw';
import type { Command } from '../cli/command';
import { parseCommandArgs } from '../cli/options';
import { userPath } from '../platform/project-paths';
import { backupToFile, createBackup, restoreFromFile } from './backups';
import { SESSION_FILE_LIMITS } from '../session-files/session-file-format';
import { pruneBackups } from './scheduler';
import { refuse } from '../../shared/api/errors';

const usageError = (usage: string): never => fail('validation', [{ path: 'arguments', message: `usage: ${usage}` }]);

function needDatabase(file: string): void {
  if (!fs.existsSync(file)) refuse('bad_file', 'database', `there is no database at ${file}`);
}

const BACKUP_USAGE = 'backup [--out FILE]';
const backupCommand: Command = {
  summary: 'back up the database (verified), into its backups folder or to FILE',
  usage: BACKUP_USAGE,
  run(app, args, out) {
    return this.runOnFile!(app.file, args, out);
  },
  async runOnFile(file, args, out) {
    const { options: flags, positional } = parseCommandArgs(args, ['out']);
    if (positional.length > 0) usageError(BACKUP_USAGE);
    needDatabase(file);
    if (flags.out) {
      const target = userPath(flags.out);
      await backupToFile(file, target);
      out(JSON.stringify({ file: target }));
    } else {
      const backup = await createBackup(file, 'manual');
      pruneBackups(file, Date.now());
      out(JSON.stringify(backup));
    }
  },
};

const RESTORE_USAGE = 'restore FILE';
const restoreCommand: Command = {
  summary: 'replace the database with a checked backup FILE (the current one is backed up first)',
  usage: RESTORE_USAGE,
  run(app, args, out) {
    return this.runOnFile!(app.file, args, out);
  },
  async runOnFile(file, args, out) {
    const { positional } = parseCommandArgs(args, []);
    if (positional.length !== 1) usageError(RESTORE_USAGE);
    const source = userPath(positional[0]!);
    const { safetyBackup } = await restoreFromFile(file, source, { ifCurrentDamaged: 'set-aside' });
    // the backup made before the restore counts like any other: the rotation applies, as in the app
    pruneBackups(file, Date.now());
    out(JSON.stringify({ restoredFrom: source, safetyBackup }));
  },
};

const BUNDLE_USAGE = 'bundle export --session ID --out FILE | bundle import FILE [--on-conflict replace|keep-both]';
const bundleCommand: Command = {
  summary: 'export a session to a .sessiondesk file, or import one',
  usage: 'bundle export|import …',
  async run(app, args, out) {
    const [action, ...rest] = args;
    if (action === 'export') {
      const { options: flags, positional } = parseCommandArgs(rest, ['session', 'out']);
      if (positional.length > 0 || !flags.session || !flags.out) return usageError(BUNDLE_USAGE);
      const { fileName, bytes } = await callOrThrow(app, 'sessionFiles.export', { sessionId: flags.session });
      const target = userPath(flags.out);
      fs.writeFileSync(target, bytes);
      out(JSON.stringify({ file: target, suggestedName: fileName }));
    } else if (action === 'import') {
      const { options: flags, positional } = parseCommandArgs(rest, ['on-conflict']);
      if (positional.length !== 1) return usageError(BUNDLE_USAGE);
      const onConflict =
        flags['on-conflict'] === undefined ? undefined : OnConflictSchema.safeParse(flags['on-conflict']);
      if (onConflict && !onConflict.success) return usageError(BUNDLE_USAGE);
      const source = userPath(positional[0]!);
      let bytes: Buffer;
      try {
        const size = fs.statSync(source).size;
        if (size > SESSION_FILE_LIMITS.maxFileBytes)
          refuse('bad_file', 'file', `the file is too large (${size} bytes)`);
        bytes = fs.readFileSync(source);
      } catch (error) {
        if ((error as Error).name === 'ApiFailure') throw error;
        return refuse('bad_file', 'file', `cannot read ${source}`);
      }
      if (bytes.length === 0) refuse('bad_file', 'file', 'the file is empty');
      const result = await callOrThrow(app, 'sessionFiles.import', {
        base64: bytes.toString('base64'),
        ...(onConflict ? { onConflict: onConflict.data } : {}),
      });
      out(JSON.stringify(result));
    } else usageError(BUNDLE_USAGE);
  },
};

/** CLI commands of backups and session files (backup, restore, bundle). */
export const safetyCommands: Readonly<Record<string, Command>> = {
  backup: backupCommand,
  restore: restoreCommand,
  bundle: bundleCommand,
};

import { openApp, type App } from '../app/open-app';
import { describeFailure, storageFailure } from '../store/storage-errors';
import { ApiFailure } from '../../shared/api/errors';
import { resolveDatabasePath } from '../platform/default-database-path';
import { userPath } from '../platform/project-paths';
import type { Command } from './command';
import { demoCommand } from './commands/demo';
import { sessionsCommand } from './commands/sessions';
import { documentCommands } from '../documents/cli-commands';
import { floorCommand } from '../floor/cli-commands';
import { safetyCommands } from '../safety/cli-commands';
import { translationCommands } from '../translation/cli-commands';

/* `npm run -s cli -- [--db FILE] <command> [args]`: batch work on the same database the app uses. */

const COMMANDS: Readonly<Record<string, Command>> = {
  demo: demoCommand,
  sessions: sessionsCommand,
  ...documentCommands,
  ...safetyCommands,
  ...translationCommands,
  floor: floorCommand,
};

function usage(): string {
  const lines = Object.values(COMMANDS).flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]);
  return ['usage: npm run -s cli -- [--db FILE] <command>', '', 'commands:', ...lines].join('\n');
}

export async function runCli(
  argv: string[],
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const args = [...argv];
  let db: string | undefined;
  if (args[0] === '--db') {
    db = args[1];
    if (!db) {
      err('--db needs a file');
      return 2;
    }
    args.splice(0, 2);
  }
  const [name, ...rest] = args;
  if (!name || name === 'help' || name === '--help') {
    (name ? out : err)(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const file = resolveDatabasePath(db ? userPath(db) : undefined);
  let app: App | null = null;
  try {
    app = command.runOnFile ? null : await openApp(file, { demoOnFirstRun: false, automaticBackups: false });
    if (app) await command.run(app, rest, out, err);
    else await command.runOnFile?.(file, rest, out);
    return 0;
  } catch (error) {
    const failure = error instanceof ApiFailure ? error : storageFailure(error, file);
    if (!failure) throw error;
    err(describeFailure(failure));
    return 1;
  } finally {
    await app?.close();
  }
}

process.exitCode = await runCli(
  process.argv.slice(2),
  (text) => console.log(text),
  (text) => console.error(text),
);

import { openApp, type App } from '../app/open-app';
import { describeFailure, storageFailure } from '../store/storage-errors';
import { ApiFailure } from '../../shared/api/errors';
import { resolveDatabasePath } from '../platform/default-database-path';
import { userPath } from '../platform/project-paths';
import type { Command } from './command';

/* `npm run -s cli -- [--db FILE] <command> [args]`: batch work on the same database the app uses. */

/*
 * Each command's module is imported when that command runs, so that `sessions` does not load the
 * Word writer nor the readers: a CLI call is a whole process, and loading is most of its time.
 */
type Commands = Readonly<Record<string, Command>>;
const demo = async (): Promise<Commands> => ({ demo: (await import('./commands/demo')).demoCommand });
const sessions = async (): Promise<Commands> => ({ sessions: (await import('./commands/sessions')).sessionsCommand });
const documents = async (): Promise<Commands> => (await import('../exports/cli-commands')).documentCommands;
const safety = async (): Promise<Commands> => (await import('../safety/cli-commands')).safetyCommands;
const translation = async (): Promise<Commands> => (await import('../translation/cli-commands')).translationCommands;
const floor = async (): Promise<Commands> => ({ floor: (await import('../floor/cli-commands')).floorCommand });
const startFrom = async (): Promise<Commands> => ({
  'new-session': (await import('../start-from/cli-command')).newSessionCommand,
});
const search = async (): Promise<Commands> => ({ search: (await import('../search/cli-commands')).searchCommand });

/** Each command's name, with the module that holds it; in the order `help` lists them. */
const COMMANDS: Readonly<Record<string, () => Promise<Commands>>> = {
  demo,
  sessions,
  'new-session': startFrom,
  export: documents,
  backup: safety,
  restore: safety,
  bundle: safety,
  'import-docx': translation,
  send: translation,
  receive: translation,
  changes: translation,
  versions: translation,
  floor,
  search,
};

async function commandNamed(name: string): Promise<Command> {
  const command = (await COMMANDS[name]!())[name];
  if (!command) throw new Error(`the CLI's table names "${name}", which its module does not hold`);
  return command;
}

async function usage(): Promise<string> {
  const commands = await Promise.all(Object.keys(COMMANDS).map(commandNamed));
  const lines = commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]);
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
    (name ? out : err)(await usage());
    return name ? 0 : 2;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    err(`unknown command "${name}"\n\n${await usage()}`);
    return 2;
  }
  const command = await commandNamed(name);
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

// not a top-level await: the built CLI is a CommonJS bundle (scripts/build-cli.mjs says why)
void runCli(
  process.argv.slice(2),
  (text) => console.log(text),
  (text) => console.error(text),
).then((code) => (process.exitCode = code));

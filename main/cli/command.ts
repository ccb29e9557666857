import type { App } from '../app/open-app';

/**
 * One CLI command: it gets the opened app and its own arguments, writes its result to stdout and
 * what the user should know about it (such as texts an export lacks) to stderr.
 */
export interface Command {
  summary: string;
  usage: string;
  run(app: App, args: string[], out: (text: string) => void, err: (text: string) => void): Promise<void>;
  /**
   * When present, the CLI calls this instead of run, with the database's path, without opening the
   * database first: `restore` must work when the current file is damaged and cannot be opened.
   */
  runOnFile?(file: string, args: string[], out: (text: string) => void): Promise<void>;
}

import type { App } from '../app/open-app';

/** One CLI command: it gets the opened app and its own arguments, and writes its result to stdout. */
export interface Command {
  summary: string;
  usage: string;
  run(app: App, args: string[], out: (text: string) => void): Promise<void>;
  /**
   * When present, the CLI calls this instead of run, with the database's path, without opening the
   * database first: `restore` must work when the current file is damaged and cannot be opened.
   */
  runOnFile?(file: string, args: string[], out: (text: string) => void): Promise<void>;
}

import type { App } from '../app/open-app';

/** One CLI command: it gets the opened app and its own arguments, and writes its result to stdout. */
export interface Command {
  summary: string;
  usage: string;
  run(app: App, args: string[], out: (text: string) => void): Promise<void>;
}

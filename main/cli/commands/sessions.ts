import { callOrThrow } from '../call-or-throw';
import type { Command } from '../command';

export const sessionsCommand: Command = {
  summary: 'print the sessions as JSON, newest first',
  usage: 'sessions',
  async run(app, _args, out) {
    out(JSON.stringify(await callOrThrow(app, 'sessions.list', {}), null, 2));
  },
};

import { callOrThrow } from '../call-or-throw';
import type { Command } from '../command';

export const demoCommand: Command = {
  summary: 'create the demo session (the CAM annual session of 9 May 2023) and print its id',
  usage: 'demo',
  async run(app, _args, out) {
    const { sessionId } = await callOrThrow(app, 'demo.create', {});
    out(JSON.stringify({ sessionId }));
  },
};

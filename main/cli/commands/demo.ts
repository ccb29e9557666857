import { callOrThrow } from '../call-or-throw';
import type { Command } from '../command';
import { parseCommandArgs, usageError } from '../options';

export const demoCommand: Command = {
  summary:
    'create the demo session (the CAM annual session of 9 May 2023) as prepared, or with --held as held (its record, good practices and summaries), and print its id',
  usage: 'demo [--held]',
  async run(app, args, out) {
    const parsed = parseCommandArgs(args, [], ['held']);
    const [stray] = parsed.positional;
    if (stray !== undefined) usageError(stray, 'unknown argument; use --held or nothing');
    const { sessionId } = await callOrThrow(app, 'demo.create', { held: parsed.flags.has('held') });
    out(JSON.stringify({ sessionId }));
  },
};

import { CalendarDateSchema } from '../../shared/domain/common';
import { callOrThrow } from '../cli/call-or-throw';
import type { Command } from '../cli/command';
import { parseOptions, required, usageError } from '../cli/options';

export const newSessionCommand: Command = {
  summary:
    "start next year's session from an earlier one (agenda, questions, panel roles, concept paper as a draft; no people, requests or record) and print its id",
  usage: 'new-session --from ID --date YYYY-MM-DD',
  async run(app, args, out) {
    const options = parseOptions(args, ['from', 'date']);
    const sessionId = required(options, 'from');
    const date = required(options, 'date');
    if (!CalendarDateSchema.safeParse(date).success) usageError('--date', 'a calendar date, YYYY-MM-DD');
    out(JSON.stringify(await callOrThrow(app, 'sessions.startFrom', { sessionId, date })));
  },
};

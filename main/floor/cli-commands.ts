import fs from 'node:fs';
import path from 'node:path';
import type { InputOf, ProcedureName } from '../../shared/api/contract';
import { spokenTotals } from '../../shared/floor/totals';
import type { App } from '../app/open-app';
import { callOrThrow } from '../cli/call-or-throw';
import type { Command } from '../cli/command';
import { languageOption, parseCommandArgs, parseOptions, required, usageError } from '../cli/options';
import { userPath } from '../platform/project-paths';

/*
 * `floor <action> --session ID …`: scripts drive the floor through the same procedures as the
 * chair's screen, and read the state back as JSON.
 */

type FloorName = ProcedureName & `floor.${string}`;

interface Action {
  procedure: FloorName;
  /** CLI option → the procedure's input key. */
  options: Readonly<Record<string, string>>;
  required?: readonly string[];
}

const ACTIONS: Readonly<Record<string, Action>> = {
  state: { procedure: 'floor.state', options: {} },
  'open-item': { procedure: 'floor.openItem', options: { item: 'itemId' }, required: ['item'] },
  give: { procedure: 'floor.give', options: { speaker: 'speakerId', id: 'id' } },
  pause: { procedure: 'floor.pause', options: {} },
  resume: { procedure: 'floor.resume', options: {} },
  end: { procedure: 'floor.end', options: {} },
  request: {
    procedure: 'floor.request',
    options: { item: 'itemId', kind: 'kind', organization: 'organizationId', person: 'personId' },
    required: ['item', 'kind'],
  },
  withdraw: { procedure: 'floor.withdraw', options: { id: 'id' }, required: ['id'] },
};

/** `--docx --lang xx --out FILE`: the record as a Word document, written to FILE. */
async function writeRecordDocx(
  app: App,
  sessionId: string,
  options: Record<string, string>,
  out: (text: string) => void,
) {
  const language = languageOption(required(options, 'lang'));
  const file = userPath(required(options, 'out'));
  if (!file.toLowerCase().endsWith('.docx')) usageError('--out', 'the file name must end in .docx');
  const exported = await callOrThrow(app, 'floor.record.docx', { sessionId, language });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, exported.bytes);
  out(file);
}

/** The record of the session with its totals per delegation and role, for the session and per item; or the CSV or DOCX. */
async function printRecord(app: App, args: string[], out: (text: string) => void): Promise<void> {
  const parsed = parseCommandArgs(args, ['session', 'lang', 'out'], ['csv', 'docx']);
  const sessionId = required(parsed.options, 'session');
  if (parsed.flags.has('docx')) return writeRecordDocx(app, sessionId, parsed.options, out);
  if (parsed.flags.has('csv')) {
    // console.log ends the line itself
    out((await callOrThrow(app, 'floor.record.csv', { sessionId })).csv.replace(/\r\n$/, ''));
    return;
  }
  const { record } = await callOrThrow(app, 'floor.state', { sessionId });
  const itemIds = [...new Set(record.map((e) => e.itemId))];
  const byItem = Object.fromEntries(itemIds.map((id) => [id, spokenTotals(record, id)]));
  out(JSON.stringify({ record, totals: { session: spokenTotals(record), byItem } }, null, 2));
}

export const floorCommand: Command = {
  summary:
    'drive the floor of a session and print its state as JSON; `record` prints the record and its totals (or --csv, or --docx --lang xx --out FILE)',
  usage:
    'floor state|open-item|give|pause|resume|end|request|withdraw|record --session ID [--item ID] [--speaker ID] [--id ID] [--kind speaker|pointOfOrder|rightOfReply] [--organization ID] [--person ID] [--csv | --docx --lang en|es|fr|pt --out FILE.docx]',
  async run(app, args, out) {
    const [name, ...rest] = args;
    if (name === 'record') return printRecord(app, rest, out);
    const action = ACTIONS[name ?? ''];
    if (!action) return usageError('action', `one of ${[...Object.keys(ACTIONS), 'record'].join(', ')}`);
    const options = parseOptions(rest, ['session', ...Object.keys(action.options)]);
    for (const option of ['session', ...(action.required ?? [])]) required(options, option);
    const input: Record<string, string> = { sessionId: options.session! };
    for (const [option, key] of Object.entries(action.options)) {
      if (options[option] !== undefined) input[key] = options[option];
    }
    out(JSON.stringify(await callOrThrow(app, action.procedure, input as InputOf<FloorName>), null, 2));
  },
};

import type { SearchHit } from '../../shared/api/search-procedures';
import { callOrThrow } from '../cli/call-or-throw';
import type { Command } from '../cli/command';
import { languageOption, parseCommandArgs, usageError } from '../cli/options';

/* `search "TEXT" [--year YYYY] [--lang xx] [--json]`: the archive search of the app, for scripts. */

function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return /^\d{4}$/.test(value) ? Number(value) : usageError('--year', 'a year of four digits, such as 2021');
}

/** One hit a line: year, language, kind, the snippet with the matches in [brackets], the route. */
const line = (hit: SearchHit) =>
  [
    hit.year ?? '----',
    hit.language ?? '--',
    hit.kind,
    hit.snippet
      .map((p) => (p.match ? `[${p.text}]` : p.text))
      .join('')
      .replace(/\s+/g, ' '),
    hit.route,
  ].join('\t');

export const searchCommand: Command = {
  summary:
    'search every session in four languages (words as prefixes, "phrases" in quotes, accents and case ignored); --json prints the hits as JSON',
  usage: 'search "TEXT" [--year YYYY] [--lang en|es|fr|pt] [--json]',
  async run(app, args, out) {
    const parsed = parseCommandArgs(args, ['year', 'lang'], ['json']);
    if (parsed.positional.length !== 1) usageError('TEXT', 'give the text to search, in quotes, once');
    const year = yearOption(parsed.options.year);
    const language = parsed.options.lang === undefined ? undefined : languageOption(parsed.options.lang);
    const { hits } = await callOrThrow(app, 'archive.search', {
      text: parsed.positional[0]!,
      ...(year === undefined ? {} : { year }),
      ...(language === undefined ? {} : { language }),
      limit: 200,
    });
    out(parsed.flags.has('json') ? JSON.stringify(hits, null, 2) : hits.map(line).join('\n'));
  },
};

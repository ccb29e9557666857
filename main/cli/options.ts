import { fail } from '../../shared/api/errors';
import { LANGUAGES, type Language } from '../../shared/domain/languages';

/** A refused command line, said as the API says a refused input: which option, and why. */
export const usageError = (option: string, message: string): never => fail('validation', [{ path: option, message }]);

export interface ParsedArgs {
  options: Record<string, string>;
  flags: Set<string>;
  positional: string[];
}

/** `--name value` options, `--flag` switches and positional arguments; anything unknown is refused. */
export function parseCommandArgs(
  args: string[],
  options: readonly string[],
  flags: readonly string[] = [],
): ParsedArgs {
  const out: ParsedArgs = { options: {}, flags: new Set(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (flags.includes(name)) {
      out.flags.add(name);
      continue;
    }
    if (!options.includes(name)) {
      usageError(arg, `unknown option; use ${[...options, ...flags].map((a) => `--${a}`).join(', ')}`);
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) usageError(arg, 'needs a value');
    if (name in out.options) usageError(arg, 'given twice');
    out.options[name] = value!;
    i += 1;
  }
  return out;
}

/** Options only: a positional argument is refused, so a typo never writes somewhere unexpected. */
export function parseOptions(args: string[], allowed: readonly string[]): Record<string, string> {
  const parsed = parseCommandArgs(args, allowed);
  const [stray] = parsed.positional;
  if (stray !== undefined) usageError(stray, `unknown option; use ${allowed.map((a) => `--${a}`).join(', ')}`);
  return parsed.options;
}

export const required = (options: Record<string, string>, name: string): string =>
  options[name] ?? usageError(`--${name}`, 'is required');

export function languageOption(value: string): Language {
  return (LANGUAGES as readonly string[]).includes(value)
    ? (value as Language)
    : usageError('--lang', `one of ${LANGUAGES.join(', ')}`);
}

import { fail } from '../../shared/api/errors';
import { LANGUAGES, type Language } from '../../shared/domain/languages';

/** A refused command line, said as the API says a refused input: which option, and why. */
export const usageError = (option: string, message: string): never => fail('validation', [{ path: option, message }]);

/** `--name value` options; anything else is refused, so a typo never writes somewhere unexpected. */
export function parseOptions(args: string[], allowed: readonly string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]!;
    const value = args[i + 1];
    if (!name.startsWith('--') || !allowed.includes(name.slice(2)))
      usageError(name, `unknown option; use ${allowed.map((a) => `--${a}`).join(', ')}`);
    if (value === undefined || value.startsWith('--')) usageError(name, 'needs a value');
    options[name.slice(2)] = value!;
  }
  return options;
}

export const required = (options: Record<string, string>, name: string): string =>
  options[name] ?? usageError(`--${name}`, 'is required');

export function languageOption(value: string): Language {
  return (LANGUAGES as readonly string[]).includes(value)
    ? (value as Language)
    : usageError('--lang', `one of ${LANGUAGES.join(', ')}`);
}

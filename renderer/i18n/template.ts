import type { TFunction } from 'i18next';

/**
 * A translation whose placeholders are filled by plain replacement, looked up once: a builder of sixty rows asks
 * for the same few labels (with the row's number) hundreds of times as it opens, and i18next resolves and
 * interpolates each anew. Only for texts with plain `{{name}}` placeholders: no plural forms, no formats.
 */
export function template<Name extends string>(
  t: TFunction,
  key: string,
  names: readonly Name[],
): (values: Record<Name, string | number>) => string {
  const mark = (name: string) => `\u0000${name}\u0000`;
  const text = t(key, Object.fromEntries(names.map((name) => [name, mark(name)])));
  return (values) => names.reduce((filled, name) => filled.split(mark(name)).join(String(values[name])), text);
}

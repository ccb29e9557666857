/* Small helpers of the procedure cases: texts, an id that names nothing, and checks that say what differs. */

export const text = (en: string) => ({ en, es: '', fr: '', pt: '' });
export const missing = '00000000-0000-4000-8000-000000000000';

export const expectEq = (actual: unknown, expected: unknown, what: string) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
};
export const field = (v: unknown, key: string) => (v as Record<string, unknown>)[key];
export const length = (v: unknown) => (v as unknown[]).length;

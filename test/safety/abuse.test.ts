import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors';
import { PROCEDURE_NAMES } from '../../shared/api/contract';
import { createApi } from '../../main/services/api';
import { invoke } from '../../main/services/handlers';
import { openTempStore, type TempStore } from '../support/temp-store';
import { DOCUMENT_CASES } from '../api/document-cases';
import { CASES, demoContext, type Ctx } from '../api/procedure-cases';
import { SAFETY_CASES } from '../api/safety-cases';
import { seededRandom } from '../support/seeded-random';

/*
 * The API under abuse: 10,000 random and malformed inputs spread over every procedure. Only the
 * answers of a refused input (validation, not found, in use…) may come back, never `internal`;
 * nothing may throw out of the dispatcher; and the database passes its checks at the end.
 * Inputs are made from the procedures' good inputs, broken in many ways, and from noise. The
 * PRNG is seeded: ABUSE_SEED=<n> replays a run.
 */

const CALLS = Number(process.env.ABUSE_CALLS ?? 10_000);
const SEED = Number(process.env.ABUSE_SEED ?? 1948);
const REFUSALS = new Set<string>(
  ERROR_CODES.filter(
    (c) => !['internal', 'unknown_procedure', 'unauthorized', 'disk_full', 'read_only', 'cannot_open'].includes(c),
  ),
);

let store: TempStore;
let ctx: Ctx;
const seeds = new Map<string, unknown>();

beforeAll(async () => {
  store = await openTempStore();
  const { sessionId } = await invoke(store.db, 'demo.create', {});
  ctx = await demoContext(store.db, sessionId);
  const all: Record<string, { happy: (c: Ctx) => unknown }> = { ...CASES, ...DOCUMENT_CASES, ...SAFETY_CASES };
  for (const name of PROCEDURE_NAMES) seeds.set(name, all[name] ? await all[name].happy(ctx) : {});
});
afterAll(() => store.close());

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function generator(random: () => number) {
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const ids = () =>
    Object.values(ctx)
      .flat()
      .filter((v): v is string => typeof v === 'string');

  const strings = () => [
    '',
    ' ',
    '\u0000',
    'x'.repeat(1 + int(3000)),
    'é'.repeat(int(300)),
    '../../etc/passwd',
    'C:\\Windows\\system32',
    "'; drop table sessions; --",
    '<img src=x onerror=alert(1)>',
    '{{constructor.constructor("return process")()}}',
    '2023-02-30',
    '25:61',
    '2023-05-09T10:00:00Z',
    'NaN',
    '\ud800',
    '🇺🇾🇧🇷',
    crypto.randomUUID(),
    '00000000-0000-0000-0000-000000000000',
    pick(ids()),
    'UEsDBBQAAAAIAA==',
    'AAAA'.repeat(int(100)),
  ];
  const specials = (): unknown[] => [
    undefined,
    null,
    true,
    0,
    -1,
    -0,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    2 ** 53 + 1,
    1e308,
    [],
    {},
    [[[[[[[[[[[]]]]]]]]]]],
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    new Date(0),
    Object.create(null),
    Array.from({ length: 20_000 }, (_, i) => i),
    pick(strings()),
  ];

  function noise(depth = 0): Json {
    const r = random();
    if (depth > 3 || r < 0.3) return pick(strings());
    if (r < 0.45) return pick([null, true, false, 0, -1, 42, 1.5, 1e21]);
    if (r < 0.7) return Array.from({ length: int(4) }, () => noise(depth + 1));
    const obj: Record<string, Json> = {};
    for (let i = int(4); i > 0; i--)
      obj[pick(['id', 'sessionId', 'patch', 'ids', 'title', 'base64', 'x', pick(strings())])] = noise(depth + 1);
    return obj;
  }

  /** Every path to a value inside the input. */
  function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
    out.push(prefix);
    if (value && typeof value === 'object' && prefix.length < 6) {
      for (const [k, v] of Object.entries(value)) paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
    }
    return out;
  }

  function mutate(seed: unknown): unknown {
    let input = structuredClone(seed) as unknown;
    for (let n = 1 + int(3); n > 0; n--) {
      const all = paths(input);
      const path = pick(all);
      const replacement = (old: unknown): unknown => {
        const r = random();
        if (r < 0.25) return pick(specials());
        if (r < 0.45) return pick(strings());
        if (r < 0.6 && typeof old === 'string')
          return pick([old + pick(strings()), old.slice(1), old.toUpperCase(), ` ${old} `]);
        if (r < 0.7 && typeof old === 'number') return pick([-old, old * 1000, old + 0.5, -1]);
        if (r < 0.8) return pick(ids());
        return noise();
      };
      if (path.length === 0) {
        input = random() < 0.5 ? replacement(input) : input;
        continue;
      }
      // a path can run through a value an earlier mutation of this input replaced (a special such as `__proto__`)
      const parent = path
        .slice(0, -1)
        .reduce<unknown>((o, k) => (o as Record<string | number, unknown> | null | undefined)?.[k], input);
      const key = path.at(-1)!;
      if (!parent || typeof parent !== 'object') continue;
      const target = parent as Record<string | number, unknown>;
      const r = random();
      if (r < 0.15) delete target[key];
      else if (r < 0.25)
        target[pick(['extra', 'sql', '__proto__', 'constructor', 'id', 'position'])] = replacement(undefined);
      else target[key] = replacement(target[key]);
    }
    return input;
  }

  return (seed: unknown): unknown => {
    const r = random();
    if (r < 0.12) return noise();
    if (r < 0.2) return pick(specials());
    return mutate(seed);
  };
}

describe('the API under abuse', () => {
  it(`answers ${CALLS} random and malformed inputs over every procedure with refusals, never internal errors`, async () => {
    const internal: string[] = [];
    const api = createApi(store.db, { onInternalError: (name, error) => internal.push(`${name}: ${String(error)}`) });
    const random = seededRandom(SEED);
    const next = generator(random);
    const outcomes = new Map<string, number>();
    const perProcedure = new Map<string, number>();
    const started = Date.now();
    for (let i = 0; i < CALLS; i++) {
      const name = PROCEDURE_NAMES[i % PROCEDURE_NAMES.length]!;
      const input = next(seeds.get(name));
      let result;
      try {
        result = await api.call(name, input);
      } catch (error) {
        throw new Error(`call ${i} (${name}) threw: ${String(error)}; replay with ABUSE_SEED=${SEED}`);
      }
      const outcome = result.ok ? 'ok' : result.error.code;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      perProcedure.set(name, (perProcedure.get(name) ?? 0) + 1);
      if (!result.ok && !REFUSALS.has(result.error.code)) {
        throw new Error(
          `call ${i}: ${name} answered ${result.error.code} to ${JSON.stringify(input)?.slice(0, 300)}; ${internal.join('\n')} (seed ${SEED})`,
        );
      }
    }
    const seconds = (Date.now() - started) / 1000;
    expect(internal).toEqual([]);
    expect([...perProcedure.keys()].sort()).toEqual([...PROCEDURE_NAMES].sort());

    const raw = new BetterSqlite3(store.file, { readonly: true });
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(raw.pragma('foreign_key_check')).toEqual([]);
    } finally {
      raw.close();
    }
    const summary = [...outcomes]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `API under abuse: ${CALLS} calls over ${PROCEDURE_NAMES.length} procedures answered in ${seconds.toFixed(1)} s (${summary}); no internal error; integrity ok (seed ${SEED})`,
    );
  }, 300_000);
});

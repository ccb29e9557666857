import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/api/errors';
import { parseSessionFile } from '../../main/session-files/session-file-import';
import { DATA_FILES, MANIFEST } from '../../main/session-files/session-file-format';
import { readDocx } from '../../main/word-reader';
import { openTempStore, type TempStore } from '../support/temp-store';
import { unzipParts, withPart } from './session-file-fixtures';
import { demoFiles, entriesOf, type DemoFiles } from './reader-fixtures';
import { seededRandom } from '../support/seeded-random';
import { craftZip, type CraftEntry } from './zip-craft';

/*
 * The readers of files from outside, fed mutated copies of real files: the demo's concept paper
 * exported as DOCX and the demo session exported as a session file. Mutations: bit flips,
 * truncations, duplicated and reordered zip entries, and mutated XML or JSON text (zipped again
 * with right checksums, so the mutation reaches the parser, and for session files with the
 * manifest's checksum fixed, so it reaches the schemas). Each must be read or refused with a typed
 * error other than `internal`, never throw anything else, and stay within its time and memory.
 * FUZZ_SEED=<n> replays a run, FUZZ_CASES=<n> sets the count per reader.
 */

const CASES = Number(process.env.FUZZ_CASES ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? 1_823);
const CASE_MS = 2_000;
const MAX_RSS_MB = 600;

let store: TempStore;
let demo: DemoFiles;
beforeAll(async () => {
  store = await openTempStore();
  demo = await demoFiles(store);
}, 60_000);
afterAll(() => store?.close());

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, list: readonly T[]): T => list[int(random, list.length)]!;

const NOISE = [
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '"',
  "'",
  ']]>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '</w:p>',
  '<w:p>',
  '<w:footnoteReference w:id="1"/>',
  '<w:commentReference w:id="0"/>',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '\t',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  'null',
  '-1',
  '1e309',
  '"x"',
  '\\u0000',
  '<w:t>',
  'w:id="999999999"',
  '💥',
];

/** A text mutated in one of several ways: a slice deleted, duplicated or moved, noise inserted, cut short. */
function mutateText(random: Random, text: string): string {
  const at = int(random, text.length + 1);
  const len = 1 + int(random, Math.min(200, text.length - at + 1));
  switch (int(random, 6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1:
      return text.slice(0, at + len) + text.slice(at, at + len) + text.slice(at + len);
    case 2: {
      const to = int(random, text.length + 1);
      const piece = text.slice(at, at + len);
      const rest = text.slice(0, at) + text.slice(at + len);
      return rest.slice(0, to) + piece + rest.slice(to);
    }
    case 3:
      return text.slice(0, at) + pick(random, NOISE) + text.slice(at);
    case 4:
      return text.slice(0, at) + pick(random, NOISE) + text.slice(at + len);
    default:
      return text.slice(0, at);
  }
}

function flipBits(random: Random, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0, n = 1 + int(random, 8); i < n; i++) out[int(random, out.length)]! ^= 1 << int(random, 8);
  return out;
}

function shuffled<T>(random: Random, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(random, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A mutation of a zip: its kind (for the counts) and the bytes. `text` mutates one part's text, zipped again. */
function mutateZip(
  random: Random,
  zip: Buffer,
  entries: CraftEntry[],
  text: (random: Random, entries: CraftEntry[]) => CraftEntry[],
): { kind: string; bytes: Buffer } {
  switch (int(random, 8)) {
    case 0:
      return { kind: 'bit flips', bytes: flipBits(random, zip) };
    case 1:
      return { kind: 'truncation', bytes: zip.subarray(0, int(random, zip.length)) };
    case 2: {
      const copy = entries[int(random, entries.length)]!;
      const list = [...entries];
      list.splice(int(random, list.length + 1), 0, copy);
      return { kind: 'duplicated entry', bytes: craftZip(list) };
    }
    case 3:
      return { kind: 'reordered entries', bytes: craftZip(shuffled(random, entries)) };
    case 4: {
      const list = [...entries];
      list.splice(int(random, list.length), 1);
      return { kind: 'missing entry', bytes: craftZip(list) };
    }
    default:
      return { kind: 'mutated text', bytes: craftZip(text(random, entries)) };
  }
}

function mutatePart(random: Random, entries: CraftEntry[], names: readonly string[]): CraftEntry[] {
  const name = pick(random, names);
  return entries.map((e) => {
    if (e.name !== name) return e;
    let text = e.data.toString('utf8');
    for (let i = 0, n = 1 + int(random, 3); i < n; i++) text = mutateText(random, text);
    return { name, data: Buffer.from(text, 'utf8') };
  });
}

interface Tally {
  accepted: number;
  refused: Record<string, number>;
  kinds: Record<string, number>;
  slowestMs: number;
  maxRssMb: number;
}

/** Runs one reader over `CASES` mutated files; fails on anything but a result or a typed refusal. */
function fuzz(
  label: string,
  seed: number,
  make: (random: Random) => { kind: string; bytes: Buffer },
  read: (bytes: Buffer) => unknown,
) {
  const random = seededRandom(seed);
  const tally: Tally = { accepted: 0, refused: {}, kinds: {}, slowestMs: 0, maxRssMb: 0 };
  for (let i = 0; i < CASES; i++) {
    const { kind, bytes } = make(random);
    tally.kinds[kind] = (tally.kinds[kind] ?? 0) + 1;
    const started = performance.now();
    try {
      read(bytes);
      tally.accepted += 1;
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.error.code === 'internal') {
        throw new Error(`${label} case ${i} (${kind}, seed ${seed}) threw ${String(error)}`, { cause: error });
      }
      tally.refused[error.error.code] = (tally.refused[error.error.code] ?? 0) + 1;
    }
    const ms = performance.now() - started;
    tally.slowestMs = Math.max(tally.slowestMs, ms);
    expect(ms, `${label} case ${i} (${kind}) took ${ms.toFixed(0)} ms`).toBeLessThan(CASE_MS);
    if (i % 50 === 0) tally.maxRssMb = Math.max(tally.maxRssMb, process.memoryUsage().rss / 1024 / 1024);
  }
  expect(tally.maxRssMb).toBeLessThan(MAX_RSS_MB);
  console.info(
    `${label}: ${CASES} mutated files (${Object.entries(tally.kinds)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}): ${tally.accepted} read, refused ${Object.entries(tally.refused)
      .map(([code, n]) => `${n} ${code}`)
      .join(', ')}; slowest ${tally.slowestMs.toFixed(0)} ms, RSS at most ${tally.maxRssMb.toFixed(0)} MB`,
  );
  return tally;
}

const XML_PARTS = [
  'word/document.xml',
  'word/footnotes.xml',
  'word/comments.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/_rels/document.xml.rels',
  '_rels/.rels',
  'word/endnotes.xml',
];

let docxEntries: CraftEntry[];
const docxMutation = (random: Random) =>
  mutateZip(random, demo.docx, (docxEntries ??= entriesOf(demo.docx)), (r, list) => mutatePart(r, list, XML_PARTS));

describe('the readers under mutated files', () => {
  it(`read or refuse with a typed error ${CASES} mutated Word documents`, () => {
    expect(readDocx(demo.docx).stats.paragraphs).toBeGreaterThan(3);
    const tally = fuzz('DOCX', SEED, docxMutation, readDocx);
    // the mutations reach the parser: some files are still read, many are refused for their XML
    expect(tally.accepted).toBeGreaterThan(CASES / 20);
    expect(tally.refused.bad_file).toBeGreaterThan(CASES / 4);
  }, 120_000);

  it(`read or refuse with a typed error ${CASES} mutated session files`, () => {
    const parts = unzipParts(demo.bundle);
    const entries = entriesOf(demo.bundle);
    expect(parseSessionFile(demo.bundle).data.session.id).toBe(demo.sessionId);
    const dataNames = Object.values(DATA_FILES).map((f) => f.name);
    const tally = fuzz(
      'session file',
      SEED + 1,
      (random) =>
        mutateZip(random, demo.bundle, entries, (r) => {
          // a data part's JSON mutated with the manifest's checksum fixed (so the schemas see it), or the manifest itself
          if (r() < 0.2) return mutatePart(r, entries, [MANIFEST]);
          const name = pick(r, dataNames);
          let text = parts.get(name)!.toString('utf8');
          for (let i = 0, n = 1 + int(r, 3); i < n; i++) text = mutateText(r, text);
          return [...withPart(parts, name, Buffer.from(text, 'utf8'))].map(([n, data]) => ({ name: n, data }));
        }),
      parseSessionFile,
    );
    expect(tally.accepted).toBeGreaterThan(CASES / 20);
    expect(tally.refused.bad_file).toBeGreaterThan(CASES / 4);
  }, 120_000);

  it('through the API (read in the worker), never answer internal and change nothing on a refusal', async () => {
    const random = seededRandom(SEED + 2);
    const codes: Record<string, number> = {};
    const before = await store.dump();
    for (let i = 0; i < 100; i++) {
      const { kind, bytes } = docxMutation(random);
      const result = await store.api.call('translation.inspect', {
        documentId: demo.documentId,
        language: 'es',
        base64: bytes.toString('base64'),
      });
      const code = result.ok ? 'read' : result.error.code;
      codes[code] = (codes[code] ?? 0) + 1;
      expect(code, `case ${i} (${kind})`).not.toBe('internal');
    }
    expect(await store.dump()).toBe(before);
    console.info(`DOCX through translation.inspect: 100 mutated files, ${JSON.stringify(codes)}`);
  }, 60_000);
});

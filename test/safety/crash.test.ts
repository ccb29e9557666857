import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../main/store/open-database';
import { seededRandom } from '../support/seeded-random';

/*
 * Crash safety, proven: a child writes through the services in a loop and prints each write once
 * the call returned (committed); we kill it with SIGKILL at random moments, and after each kill the
 * database must pass SQLite's integrity check and hold every write the child printed.
 *
 * The child is bundled once with esbuild (tsx's CLI runs the script in a grandchild that SIGKILL does
 * not reach, and `node --import tsx` costs one to two seconds a start), and the next child is started
 * while the database of the last is checked: it loads, then waits for "go" before it opens the file.
 */

const KILLS = 50;
const SEED = Number(process.env.CRASH_SEED ?? 20260509);

const bundleDir = path.resolve('node_modules/.cache/session-desk-tests');
const childScript = path.join(bundleDir, 'writer-child.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-crash-'));
const dbFile = path.join(dir, 'crash.sqlite');

beforeAll(async () => {
  fs.mkdirSync(bundleDir, { recursive: true });
  await build({
    entryPoints: ['test/safety/writer-child.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: childScript,
    logLevel: 'warning',
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  loaded: Promise<void>;
  /** The child opened the database and starts writing. */
  ready: Promise<void>;
  exited: Promise<void>;
  stderr: string[];
}

function startChild(file = dbFile, ...flags: string[]): Child {
  const child = spawn(process.execPath, [childScript, file, '--wait', ...flags], { stdio: 'pipe' });
  const lines: string[] = [];
  const stderr: string[] = [];
  let partial = '';
  let onLoaded: () => void = () => {};
  let onReady: () => void = () => {};
  const loaded = new Promise<void>((resolve) => (onLoaded = resolve));
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      if (line === 'loaded') onLoaded();
      else lines.push(line);
      if (line === 'ready') onReady();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      onReady();
      resolve();
    }),
  );
  return { process: child, lines, loaded, ready, exited, stderr };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the children reported, across all of them: the database must hold all of it. */
const created = { item: new Set<string>(), question: new Set<string>(), session: new Set<string>() };
const versions = new Map<string, number>();

function record(lines: string[]): { writes: number; lastReorder: Map<string, string> } {
  let writes = 0;
  const lastReorder = new Map<string, string>();
  for (const line of lines) {
    const [kind, id, n] = line.split(' ');
    if (!kind || !id) continue;
    if (kind === 'ready') continue;
    writes++;
    if (kind === 'item' || kind === 'question' || kind === 'session') created[kind].add(id);
    else if (kind === 'version') versions.set(id, Math.max(versions.get(id) ?? 0, Number(n)));
    else if (kind === 'reorder') lastReorder.set('current', id);
    else throw new Error(`unexpected line from the child: ${line}`);
  }
  return { writes, lastReorder };
}

function check(lastLine: string | undefined, lastReorder: string | undefined): void {
  const raw = new BetterSqlite3(dbFile);
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    const has = (table: string) => raw.prepare(`select 1 from ${table} where id = ?`).pluck();
    const tables = { item: has('agenda_items'), question: has('guiding_questions'), session: has('sessions') };
    for (const kind of ['item', 'question', 'session'] as const) {
      for (const id of created[kind]) expect(tables[kind].get(id), `${kind} ${id}`).toBe(1);
    }
    const content = raw.prepare('select content from document_versions where id = ?').pluck();
    for (const [id, n] of versions) {
      const stored = JSON.parse(String(content.get(id))) as { titleBlock: { title: string } };
      expect(Number(stored.titleBlock.title.replace('write ', '')), `version ${id}`).toBeGreaterThanOrEqual(n);
    }
    // positions stay a permutation, and the last reorder the child reported is what the store holds
    const broken = raw
      .prepare(
        'select session_id from agenda_items group by session_id having count(distinct position) <> count(*) or max(position) <> count(*) - 1',
      )
      .all();
    expect(broken).toEqual([]);
    if (lastReorder && lastLine?.startsWith('reorder')) {
      const first = raw.prepare('select position from agenda_items where id = ?').pluck().get(lastReorder);
      expect(first, 'the last reordered item is first').toBe(0);
    }
  } finally {
    raw.close();
  }
}

describe('crash safety', () => {
  it(`keeps every committed write and a sound database through ${KILLS} kills with SIGKILL`, async () => {
    const random = seededRandom(SEED);
    const started = Date.now();
    // the database exists and is migrated, as on any start but the first after an install or upgrade
    // (a crash during a migration is the next test)
    (await openStore({ file: dbFile })).raw.close();
    let next = startChild();
    let survived = 0;
    let killedWhileWriting = 0;
    let totalWrites = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const child = next;
      await child.loaded;
      child.process.stdin.write('go\n');
      // the first kills land while the child opens the database; the rest while it writes
      if (kill < 5) await sleep(random() * 60);
      else {
        await child.ready;
        await sleep(10 + random() * 300);
      }
      child.process.kill('SIGKILL');
      next = startChild();
      await child.exited;
      expect(child.stderr.join(''), 'the child failed on its own').toBe('');
      const { writes, lastReorder } = record(child.lines);
      totalWrites += writes;
      if (writes > 0) killedWhileWriting++;
      check(child.lines.at(-1), lastReorder.get('current'));
      survived++;
    }
    next.process.kill('SIGKILL');
    await next.exited;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash safety: ${survived} kills survived (${killedWhileWriting} while writing), ${totalWrites} committed writes all found, integrity ok after each; ${seconds} s (seed ${SEED})`,
    );
    expect(survived).toBe(KILLS);
    expect(killedWhileWriting).toBeGreaterThanOrEqual(KILLS - 8);
  }, 180_000);

  /*
   * kysely runs SQLite migrations outside a transaction (its SqliteAdapter reports no transactional
   * DDL), so a crash between a migration's changes and the record of it would leave a database that
   * no later start can open ("duplicate column name"); openStore runs them in one transaction.
   */
  it('opens a database after a crash in the middle of a migration', async () => {
    const file = path.join(dir, 'upgrade.sqlite');
    const child = startChild(file, '--die-in-migration');
    await child.loaded;
    child.process.stdin.write('go\n');
    await child.exited;
    expect(child.lines).not.toContain('ready');
    const { raw } = await openStore({ file });
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      raw.close();
    }
  }, 30_000);
});

/*
 * `npm run -s bench:archive`: builds a 20-year archive (200 sessions, 50,000 speakers, 4,000
 * document versions of about 2,000 words in four languages, from a seeded generator) in a temporary
 * database through the store, then prints the database's size, the time to build the search index
 * from scratch, the search's p50 and p95 over 100 fixed queries (goal: p95 under 20 ms), and the
 * session list's and a session overview's times on that archive (goal: under 100 ms).
 * A script, not a test: timings depend on the machine. BENCH_KEEP=FILE keeps the database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { invoke } from '../main/services/handlers';
import { openStore } from '../main/store/open-database';
import { rebuildSearchIndex, searchArchive } from '../main/store/search/search-archive';
import { ARCHIVE, buildArchive } from './archive/build-archive';
import { archiveQueries } from './archive/queries';
import { seeded, TextGenerator } from './archive/text-generator';

const GOALS = { searchP95: 20, screens: 100 } as const;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (value: number, goal: number) =>
  value <= goal ? `goal < ${goal} ms: met` : `goal < ${goal} ms: MISSED`;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-archive-'));
const file = process.env.BENCH_KEEP ?? path.join(dir, 'archive.sqlite');
fs.rmSync(file, { force: true });
const { db, raw } = await openStore({ file });
const gen = new TextGenerator(seeded(19));
try {
  const [, insertTime] = await timed(() => buildArchive(db, gen));
  const count = async (table: string) =>
    (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n;
  console.log(
    `archive: ${ARCHIVE.years} years, ${await count('sessions')} sessions, ${await count('speakers')} speakers, ` +
      `${await count('document_versions')} document versions; written with the index kept current in ${(insertTime / 1000).toFixed(1)} s`,
  );

  const [, buildTime] = await timed(() => rebuildSearchIndex(db));
  raw.pragma('wal_checkpoint(TRUNCATE)');
  const size = fs.statSync(file).size;
  console.log(`database ${(size / 1024 / 1024).toFixed(0)} MB, ${await count('search_rows')} indexed texts`);
  console.log(`index build ${(buildTime / 1000).toFixed(1)} s`);

  const queries = archiveQueries(gen);
  for (const text of queries) await searchArchive(db, { text, limit: 50 }); // warm the page cache
  const times: number[] = [];
  const byQuery: [string, number][] = [];
  let empty = 0;
  for (const text of queries) {
    const [result, time] = await timed(() => searchArchive(db, { text, limit: 50 }));
    times.push(time);
    byQuery.push([text, time]);
    if (result.hits.length === 0) empty += 1;
  }
  const p95 = percentile(times, 95);
  console.log(`search p50 ${ms(percentile(times, 50))} over ${queries.length} queries (${empty} without a hit)`);
  console.log(`search p95 ${p95.toFixed(1)} ms (${verdict(p95, GOALS.searchP95)}); slowest ${ms(Math.max(...times))}`);
  const slowest = byQuery.sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`slowest queries: ${slowest.map(([text, time]) => `${text} ${ms(time)}`).join(', ')}`);

  const listTimes: number[] = [];
  const overviewTimes: number[] = [];
  const sessions = await invoke(db, 'sessions.list', {});
  for (let i = 0; i < 20; i++) {
    listTimes.push((await timed(() => invoke(db, 'sessions.list', {})))[1]);
    overviewTimes.push((await timed(() => invoke(db, 'sessions.overview', { id: sessions[i * 10]!.id })))[1]);
  }
  const list = percentile(listTimes, 95);
  const overview = percentile(overviewTimes, 95);
  console.log(`session list p95 ${ms(list)} (${sessions.length} sessions; ${verdict(list, GOALS.screens)})`);
  console.log(`session overview p95 ${ms(overview)} (250 speakers each; ${verdict(overview, GOALS.screens)})`);
} finally {
  await db.destroy();
  if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
}

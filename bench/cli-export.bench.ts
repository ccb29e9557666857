/*
 * `npm run -s bench:cli`: the built CLI's export of the 100-page concept paper (about 40,000 words,
 * 300 footnotes) as a whole process, `node out/cli/session-desk.mjs --db FILE export concept-paper …`,
 * against pandoc making a DOCX of the same text from Markdown, measured side by side in one run:
 * prints both medians and the ratio with its goal (issue 16: at most half of pandoc's time), each
 * against bench/baseline.json (bench/figures.ts: more than 20 % worse is a REGRESSION). Run
 * `npm run build:cli` first (`npm run bench:cli` does). BENCH_RUNS=n sets the runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../main/services/api';
import { openStore } from '../main/store/open-database';
import { PROJECT_ROOT } from '../main/platform/project-paths';
import { reportFigures } from './figures';
import { buildLongPaper, FOOTNOTES } from './long-paper';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const GOAL = 0.5;
const CLI = path.join(PROJECT_ROOT, 'out', 'cli', 'session-desk.mjs');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** The demo session with its concept paper's English text replaced by the long paper, in a fresh database. */
async function seed(file: string): Promise<string> {
  const { db } = await openStore({ file });
  const api = createApi(db);
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await api.call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  try {
    const { sessionId } = await call<{ sessionId: string }>('demo.create', {});
    const docs = await call<{ id: string; kind: string }[]>('documents.list', { sessionId });
    const paper = docs.find((d) => d.kind === 'concept_paper')!;
    const versions = await call<{ id: string; language: string }[]>('documentVersions.list', { documentId: paper.id });
    const english = versions.find((v) => v.language === 'en')!;
    await call('documentVersions.update', { id: english.id, patch: { content: buildLongPaper().content } });
    return sessionId;
  } finally {
    await db.destroy();
  }
}

interface Run {
  command: string;
  args: string[];
}

function timeOnce({ command, args }: Run): number {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return elapsed;
}

/**
 * Wall time of each run of each command, taken in turns (a, b, a, b…) so that both see the same
 * load on a shared machine, after one run of each not counted (the disk cache; the CLI's code cache).
 */
function timeInTurns(runs: Run[]): number[][] {
  runs.forEach(timeOnce);
  const times = runs.map((): number[] => []);
  for (let i = 0; i < RUNS; i += 1) runs.forEach((run, j) => times[j]!.push(timeOnce(run)));
  return times;
}

if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-bench-cli-'));
try {
  const db = path.join(dir, 'bench.sqlite');
  const sessionId = await seed(db);
  const out = path.join(dir, 'cli.docx');
  const cliRun: Run = {
    command: process.execPath,
    args: [CLI, '--db', db, 'export', 'concept-paper', '--session', sessionId, '--lang', 'en', '--out', out],
  };
  const describe = (name: string, times: number[]) =>
    `${name}: median ${ms(median(times))} over ${RUNS} runs (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`;
  const cliName = 'session desk CLI (node out/cli/session-desk.mjs export concept-paper, whole process)';

  if (spawnSync('pandoc', ['--version']).status !== 0) {
    const [cli] = timeInTurns([cliRun]);
    console.log(`paper: ${FOOTNOTES} footnotes; ${describe(cliName, cli!)}`);
    console.log(`pandoc: not installed (apt-get install pandoc to compare); goal: the CLI at most ${GOAL}× pandoc`);
  } else {
    const input = path.join(dir, 'paper.md');
    fs.writeFileSync(input, buildLongPaper().markdown);
    const pandocRun: Run = {
      command: 'pandoc',
      args: ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'pandoc.docx'), input],
    };
    const [cli, pandoc] = timeInTurns([cliRun, pandocRun]);
    const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    const ratio = median(cli!) / median(pandoc!);
    console.log(`paper: ${FOOTNOTES} footnotes, ${(fs.statSync(out).size / 1024).toFixed(0)} KB DOCX`);
    console.log(describe(cliName, cli!));
    console.log(describe(`${version} (markdown to docx, whole process)`, pandoc!));
    reportFigures('cli', [
      { key: 'cliMs', label: 'CLI export, whole process (median)', value: median(cli!), unit: 'ms' },
      { key: 'pandocMs', label: 'pandoc, whole process (median)', value: median(pandoc!), unit: 'ms' },
      { key: 'ratio', label: 'CLI against pandoc', value: ratio, unit: '×', goal: GOAL },
    ]);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

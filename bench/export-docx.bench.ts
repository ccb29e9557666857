/*
 * `npm run -s bench:export`: builds a 100-page concept paper (about 40,000 words, 300 footnotes,
 * 50 notes to the translator), exports it as DOCX in-process as the app does (schema check, Word
 * model, zip), and prints the median time and the peak memory; where pandoc is installed, the
 * time pandoc takes to make a DOCX of the same text from Markdown, side by side; each figure against
 * bench/baseline.json (bench/figures.ts).
 * A script, not a test: timings depend on the machine. BENCH_RUNS=n sets the runs; BENCH_KEEP=FILE.docx
 * keeps the exported file (e.g. to convert it with LibreOffice).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { packDocument } from '../main/exports/docx/common';
import { conceptPaperDocument } from '../main/exports/docx/concept-paper';
import { wordCount } from '../shared/content/helpers';
import { StoredContentSchema } from '../shared/content/schema';
import { reportFigures, type Figure } from './figures';
import { buildLongPaper, FOOTNOTES } from './long-paper';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

async function exportOnce(content: unknown): Promise<Buffer> {
  const parsed = StoredContentSchema.parse(content);
  const doc = conceptPaperDocument({
    content: parsed,
    lang: 'en',
    header: {
      parentBody: { text: 'Permanent Council of the Organization of American States', lang: 'en' },
      body: { text: 'Committee on Migration Affairs', lang: 'en' },
      symbol: 'CP/CAM-123/23',
      date: '2023-05-09',
      originalLanguage: 'en',
    },
    guidingQuestions: [],
    copy: 'distribution',
    controlNumber: 'CIDRP03838E04',
    defaultKindLabel: 'CONCEPT PAPER',
  });
  return packDocument(doc);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

const { content, markdown, notes } = buildLongPaper();
// as stored: the JSON text the database holds
const stored = JSON.stringify(content);
console.log(
  `paper: ${wordCount(content)} words, ${FOOTNOTES} footnotes, ${notes.body + notes.footnote} translator notes ` +
    `(${notes.footnote} in footnotes), ${(stored.length / 1024).toFixed(0)} KB as stored`,
);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
const times: number[] = [];
let size = 0;
for (let i = 0; i < RUNS + 2; i += 1) {
  const start = performance.now();
  const buffer = await exportOnce(JSON.parse(stored));
  const elapsed = performance.now() - start;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (i >= 2) times.push(elapsed); // two warm-up runs
  size = buffer.length;
}
clearInterval(sampler);
if (process.env.BENCH_KEEP) fs.writeFileSync(process.env.BENCH_KEEP, await exportOnce(JSON.parse(stored)));
const peakMb = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
console.log(
  `session desk (docx, in-process): ${RUNS} runs (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}), ` +
    `${(size / 1024).toFixed(0)} KB DOCX; no goal of its own (the CLI's, bench:cli, covers the export), watched against the baseline:`,
);
const figures: Figure[] = [
  { key: 'exportMs', label: 'export in-process (median)', value: median(times), unit: 'ms' },
  { key: 'peakRssMb', label: 'peak memory (RSS)', value: peakMb, unit: 'MB' },
];

if (spawnSync('pandoc', ['--version']).status === 0) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-bench-'));
  try {
    const input = path.join(dir, 'paper.md');
    fs.writeFileSync(input, markdown);
    const pandocTimes: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i += 1) {
      const start = performance.now();
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'paper.docx'), input]);
      pandocTimes.push(performance.now() - start);
    }
    const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    console.log(
      `${version} (markdown to docx, separate process): ${pandocTimes.length} runs, ` +
        `${(fs.statSync(path.join(dir, 'paper.docx')).size / 1024).toFixed(0)} KB DOCX`,
    );
    figures.push({
      key: 'pandocMs',
      label: 'pandoc, separate process (median)',
      value: median(pandocTimes),
      unit: 'ms',
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log('pandoc: not installed (apt-get install pandoc to compare)');
}
reportFigures('export', figures);

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * What every benchmark does with its figures (bench/*.bench.ts, test/bench/*.bench.ts, scripts/bench-*.ts):
 * prints each on one line with its goal, and compares it with bench/baseline.json, the figures recorded
 * when the goals were last measured: a figure more than 20 % worse than its baseline is marked
 * REGRESSION on its line. `BENCH_RECORD=1 npm run bench:…` writes the run's figures as the new baseline
 * of that benchmark (commit the file with the change that moved them). Every figure is lower-is-better.
 */

export interface Figure {
  /** Its name in the baseline, within the benchmark's entry: "agendaOpenMs". */
  key: string;
  /** What it measures, as printed: "agenda builder opens (60 items)". */
  label: string;
  value: number;
  unit: 'ms' | '×' | 'MB';
  /** The most it may be, where there is a goal. */
  goal?: number;
}

/** More than this much worse than the baseline is a regression. */
export const REGRESSION_MARGIN = 0.2;

export const BASELINE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'baseline.json');

/** Per benchmark: its figures, and where and when they were taken (a loaded machine's figures are not comparable). */
type Baseline = Record<string, { figures: Record<string, number>; machine: string; recorded: string }>;

function readBaseline(): Baseline {
  try {
    return JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
  } catch {
    return {};
  }
}

const show = (value: number, unit: Figure['unit']) =>
  unit === '×' ? `${value.toFixed(2)}×` : `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;

/** The figure's line: value, goal met or not, and against the baseline. */
export function figureLine(figure: Figure, baseline: number | undefined): string {
  const parts = [`${figure.label}: ${show(figure.value, figure.unit)}`];
  if (figure.goal !== undefined) {
    parts.push(`goal ≤ ${show(figure.goal, figure.unit)}: ${figure.value <= figure.goal ? 'met' : 'NOT MET'}`);
  }
  if (baseline === undefined) parts.push('no baseline');
  else if (figure.value > baseline * (1 + REGRESSION_MARGIN)) {
    const worse = Math.round((figure.value / baseline - 1) * 100);
    parts.push(`REGRESSION: ${worse} % worse than the baseline ${show(baseline, figure.unit)}`);
  } else parts.push(`baseline ${show(baseline, figure.unit)}`);
  return parts.join('; ');
}

/** The machine the figures were taken on: its cores and its load while they were. */
export const machine = () =>
  `${process.platform} ${process.arch}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

/**
 * Prints the benchmark's figures, one line each, and returns the keys of those that regressed; with
 * BENCH_RECORD=1, records them as the benchmark's baseline.
 */
export function reportFigures(bench: string, figures: readonly Figure[], print = console.log): string[] {
  const baseline = readBaseline();
  const recorded = baseline[bench]?.figures ?? {};
  if (baseline[bench]) print(`  (baseline of ${baseline[bench].recorded}, ${baseline[bench].machine})`);
  const regressions: string[] = [];
  for (const figure of figures) {
    const line = figureLine(figure, recorded[figure.key]);
    if (line.includes('REGRESSION')) regressions.push(figure.key);
    print(`  ${line}`);
  }
  if (process.env.BENCH_RECORD) {
    baseline[bench] = {
      figures: Object.fromEntries(figures.map((f) => [f.key, Math.round(f.value * 100) / 100])),
      machine: machine(),
      recorded: new Date().toISOString().slice(0, 10),
    };
    fs.writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
    print(`  recorded as the baseline of ${bench} in bench/baseline.json`);
  }
  return regressions;
}

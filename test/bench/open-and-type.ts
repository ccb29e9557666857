import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import type { Figure } from '../../bench/figures';
import { median, round, threadTime, timeScreen, type ScreenTime } from './timing';

/*
 * What the editor benchmarks measure alike: opening a screen from the session list several times,
 * then typing in one editable element key by key, each key in main-thread CPU time (Chromium's
 * ThreadTime, from the key sent to the letter painted: the figure the goal is about, steady on a shared
 * machine) and in wall time (which also holds the wait for the next frame and other jobs' load).
 */

/** The goals of issue 16: a key press within a frame, the paper open within 400 ms. */
export const KEY_GOAL_MS = 16;
export const OPEN_GOAL_MS = 400;
export const KEYS = Number(process.env.BENCH_KEYS ?? 200);

/** The value below which `p` per cent of the values lie (nearest rank). */
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)]!;

export interface Open {
  /** The screen's hash, and the rows that say it is painted. */
  hash: string;
  rows: string;
  count: number;
  runs: number;
}

export async function measureOpen(page: Page, { hash, rows, count, runs }: Open) {
  const home = () => timeScreen(page, '#/', '[data-testid="session-row"]', 1);
  // Warm up once (code loaded, caches filled), then measure.
  await timeScreen(page, hash, rows, count);
  await home();
  const opens: ScreenTime[] = [];
  const openCpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { result, cpuMs } = await threadTime(page, () => timeScreen(page, hash, rows, count));
    opens.push(result);
    openCpu.push(cpuMs);
    await home();
  }
  await timeScreen(page, hash, rows, count);
  return {
    openMs: round(median(opens.map((t) => t.total))),
    openDataMs: round(median(opens.map((t) => t.data))),
    openRenderMs: round(median(opens.map((t) => t.render))),
    openCpuMs: round(median(openCpu)),
    samples: { opens, openCpu },
  };
}

export interface KeyFigures {
  cpuMedian: number;
  cpuP95: number;
  wallMedian: number;
  wallP95: number;
  /** The main thread's CPU time from the last key to every edit saved (the conversion and the check happen there). */
  saveCpuMs: number;
  samples: { cpu: number[]; wall: number[] };
  /** With BENCH_PROFILE=1: where the keys' main-thread time went, by function (self time). */
  profile?: string[];
  /** With BENCH_TRACE=1: the main thread's time a key by kind of work. */
  trace?: string[];
}

/** What `measureKeys` presses, and which change of the watched element says the key took effect. */
export interface KeyRun {
  keys: number;
  /** The `i`-th key, as Playwright names it. */
  key: (i: number) => string;
  watch: MutationObserverInit;
}

/** Typing: a letter, then Backspace, in turn; the text changes. */
const TYPING: KeyRun = {
  keys: KEYS,
  key: (i) => (i % 2 ? 'Backspace' : 'x'),
  watch: { childList: true, subtree: true, characterData: true },
};

/**
 * Presses keys in the element that has the focus (by default typing in it), timing each from the key
 * sent to the element matching `selector` painted after it changed.
 */
export async function measureKeys(page: Page, selector: string, run: KeyRun = TYPING): Promise<KeyFigures> {
  const { keys } = run;
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
  };
  const profiling = process.env.BENCH_PROFILE === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const tracing = process.env.BENCH_TRACE === '1';
  const events: TraceEvent[] = [];
  if (tracing) {
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink',
      transferMode: 'ReportEvents',
    });
  }
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < keys; i += 1) {
    // Watch first (and wait until the page does), then press: the two travel separate ways to the page.
    await page.evaluate(
      ({ selector, watch }) => {
        const target = document.querySelector(selector)!;
        const scope = window as unknown as { keyTimed?: Promise<number> };
        scope.keyTimed = new Promise<number>((resolve) => {
          let t0 = 0;
          document.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          });
          observer.observe(target, watch);
        });
      },
      { selector, watch: run.watch },
    );
    const before = await threadMs();
    await page.keyboard.press(run.key(i));
    wall.push(await page.evaluate(() => (window as unknown as { keyTimed: Promise<number> }).keyTimed));
    cpu.push((await threadMs()) - before);
  }
  const profile = profiling ? selfTimes((await cdp.send('Profiler.stop')).profile) : undefined;
  let trace: string[] | undefined;
  if (tracing) {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    trace = mainThreadTimes(events, keys);
  }
  const beforeSave = await threadMs();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-status') === 'saved',
    undefined,
    { timeout: 10_000 },
  );
  const saveCpuMs = round((await threadMs()) - beforeSave);
  await cdp.detach();
  return {
    cpuMedian: round(median(cpu)),
    cpuP95: round(percentile(cpu, 95)),
    wallMedian: round(median(wall)),
    wallP95: round(percentile(wall, 95)),
    saveCpuMs,
    samples: { cpu, wall },
    ...(profile ? { profile } : {}),
    ...(trace ? { trace } : {}),
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * With BENCH_TRACE=1: the renderer main thread's time per key by kind of work (script, style, layout,
 * paint…), from Chrome's trace: the events nested in its top-level tasks, by their own name.
 */
function mainThreadTimes(events: TraceEvent[], keys: number): string[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return ['no renderer main thread in the trace'];
  const kinds = [
    'RunTask',
    'EventDispatch',
    'FunctionCall',
    'v8.run',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'HitTest',
    'ParseHTML',
    'MajorGC',
    'MinorGC',
    'V8.GC_SCAVENGER',
    'TimerFire',
    'FireAnimationFrame',
  ];
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !kinds.includes(e.name)) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([name, ms]) =>
        `${round(ms / keys)
          .toString()
          .padStart(8)} ms a key  ${name}`,
    );
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The profile's 15 costliest functions by self time, as `ms  name  file:line`. */
function selfTimes(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'}  ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...totals]
    .filter(([name]) => !name.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([name, ms]) => `${round(ms).toString().padStart(8)} ms  ${name}`);
}

/** `key press body median 9.8 ms p95 14.1 ms (goal ≤ 16 ms)`, with the wall time beside it. */
export const keyLines = (where: string, k: KeyFigures): string[] => [
  `key press ${where} median ${k.cpuMedian} ms p95 ${k.cpuP95} ms (goal ≤ ${KEY_GOAL_MS} ms)` +
    `  [main-thread CPU over ${k.samples.cpu.length} keys; wall to paint median ${k.wallMedian} ms p95 ${k.wallP95} ms]`,
  `  the save after the last key (convert, check, send), off the key path: main thread CPU ${k.saveCpuMs} ms`,
  ...(k.profile ? ['  profile of the keys (self time):', ...k.profile.map((l) => `    ${l}`)] : []),
  ...(k.trace ? ['  trace of the keys (main thread, nested):', ...k.trace.map((l) => `    ${l}`)] : []),
];

/** A place's key press as the figures compared with the baseline: main-thread CPU, median and p95. */
export const keyFigures = (where: string, k: KeyFigures): Figure[] => [
  {
    key: `${where}KeyMedianMs`,
    label: `key press ${where}, median`,
    value: k.cpuMedian,
    unit: 'ms',
    goal: KEY_GOAL_MS,
  },
  { key: `${where}KeyP95Ms`, label: `key press ${where}, p95`, value: k.cpuP95, unit: 'ms', goal: KEY_GOAL_MS },
];

export const openLine = (what: string, o: Awaited<ReturnType<typeof measureOpen>>): string =>
  `open ${what} ${o.openMs} ms (goal < ${OPEN_GOAL_MS} ms)  [data ${o.openDataMs} + render ${o.openRenderMs}; main thread CPU ${o.openCpuMs} ms]`;

/** Prints the figures' summary lines and writes them all to test-results/<name>.json. */
export function report(name: string, figures: object, lines: string[]): void {
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(path.join('test-results', `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(lines.join('\n'));
}

import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

/* What the browser benchmarks share: timing a screen from its hash to its rows painted, and the figures' arithmetic. */

export interface ScreenTime {
  /** From setting the hash to the rows painted. */
  total: number;
  /** Of which waiting for the API's answers (from the first call out to the last answer in). */
  data: number;
  /** The rest: React rendering, layout and paint. */
  render: number;
}

/** Time from setting the hash to `count` rows matching `selector` painted, split into data and rendering. */
export async function timeScreen(page: Page, hash: string, selector: string, count: number): Promise<ScreenTime> {
  return page.evaluate(
    ({ hash, selector, count }) =>
      new Promise<ScreenTime>((resolve) => {
        performance.clearResourceTimings();
        let done = false;
        const check = () => {
          if (done || document.querySelectorAll(selector).length < count) return;
          done = true;
          observer.disconnect();
          // The rows are in the document: the next frame paints them.
          requestAnimationFrame(() =>
            setTimeout(() => {
              const total = performance.now() - t0;
              const calls = performance
                .getEntriesByType('resource')
                .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch' && e.startTime >= t0);
              const lastAnswer = Math.max(t0, ...calls.map((e) => (e as PerformanceResourceTiming).responseEnd));
              const data = lastAnswer - t0;
              resolve({ total, data, render: total - data });
            }, 0),
          );
        };
        // Checked on every change of the document, not once a frame: the time is the page's, not the poll's.
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['aria-rowcount'],
        });
        const t0 = performance.now();
        location.hash = hash;
        check();
      }),
    { hash, selector, count },
  );
}

/**
 * The main thread's CPU time (Chromium's ThreadTime metric) that `work` takes, beside its wall time: on a
 * machine shared with other jobs, wall time swings with their load and CPU time much less.
 */
export async function threadTime<T>(page: Page, work: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
  };
  const before = await read();
  const result = await work();
  const cpuMs = (await read()) - before;
  await cdp.detach();
  return { result, cpuMs };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const round = (n: number) => Math.round(n * 10) / 10;

export { machine } from '../../bench/figures';

/**
 * With BENCH_PROFILE=1, records the page's CPU profile (CDP Profiler) while `work` runs and writes it to
 * test-results/<name>.cpuprofile (open it in Chromium's DevTools, Performance tab); otherwise only runs `work`.
 */
export async function profiled<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_PROFILE) return work();
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(path.join('test-results', `${name}.cpuprofile`), JSON.stringify(profile));
  return result;
}

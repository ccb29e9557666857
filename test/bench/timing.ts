import os from 'node:os';
import type { Page } from '@playwright/test';

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

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const round = (n: number) => Math.round(n * 10) / 10;

/** The machine the figures were taken on: a busy machine's figures are not comparable. */
export const machine = () =>
  `${process.platform} ${process.arch}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

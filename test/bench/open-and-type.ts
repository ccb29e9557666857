import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { machine, median, round, threadTime, timeKey, timeScreen, type ScreenTime } from './timing';

/*
 * What the editor benchmarks measure alike: opening a screen from the session list several times,
 * then typing in one editable element, each in wall time and main-thread CPU time, as medians.
 */

export interface OpenAndType {
  /** The screen's hash, and the rows that say it is painted. */
  hash: string;
  rows: string;
  count: number;
  /** The editable element typed in, once the caller has put the caret there. */
  typeIn: string;
  /** Puts the caret in `typeIn` (the screen is open). */
  focus: () => Promise<void>;
  runs: number;
}

export async function measureOpenAndType(page: Page, { hash, rows, count, typeIn, focus, runs }: OpenAndType) {
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
  await focus();
  const keys: number[] = [];
  const keyCpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { result, cpuMs } = await threadTime(page, () =>
      timeKey(page, typeIn, i % 2 ? 'Backspace' : 'x', { childList: true, subtree: true, characterData: true }),
    );
    keys.push(result);
    keyCpu.push(cpuMs);
  }
  return {
    machine: machine(),
    openMs: round(median(opens.map((t) => t.total))),
    openDataMs: round(median(opens.map((t) => t.data))),
    openRenderMs: round(median(opens.map((t) => t.render))),
    openCpuMs: round(median(openCpu)),
    keyMs: round(median(keys)),
    keyCpuMs: round(median(keyCpu)),
    samples: { opens, openCpu, keys, keyCpu },
  };
}

/** Prints the figures' summary lines and writes them all to test-results/<name>.json. */
export function report(name: string, figures: object, lines: string[]): void {
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(path.join('test-results', `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(lines.join('\n'));
}

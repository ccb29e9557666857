import type { Page } from '@playwright/test';
import { buildLongPaper, FOOTNOTES } from '../../bench/long-paper';
import { wordCount } from '../../shared/documents/helpers';
import { sideRows } from '../../renderer/screens/translation/side-by-side/side-rows';
import { demoPaperWithSpanish } from '../e2e/page-data';
import { expect, test } from '../e2e/fixtures';
import { measureOpenAndType, report } from './open-and-type';

/*
 * The side-by-side view of a 100-page paper and its translation (about 40,000 words and 300
 * footnotes each, so some 1,000 rows): the time from asking for the view to every row painted, and
 * from a key press in an open cell to the letter painted, in wall time and main-thread CPU time
 * (median of several). Prints the figures and writes them to test-results/bench-side-by-side.json.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** The demo's concept paper, its English text replaced by the long paper, with a Spanish version of the same shape. */
async function seedPair(page: Page): Promise<string> {
  const { sessionId, documentId } = await demoPaperWithSpanish(page, buildLongPaper().content);
  return `#/sessions/${sessionId}/documents/${documentId}/side-by-side/es`;
}

test('the side-by-side view opens a 300-footnote paper and its translation quickly', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const { content } = buildLongPaper();
  const rows = sideRows(content, content).length;
  const measured = await measureOpenAndType(page, {
    hash: await seedPair(page),
    rows: '[data-testid="side-row"]',
    count: rows,
    typeIn: '[data-testid="side-cell-editor"]',
    focus: async () => {
      await page.getByRole('button', { name: 'Edit: Paragraph 2 (Spanish)' }).click();
      await expect(page.getByTestId('side-cell-editor')).toBeFocused();
    },
    runs: RUNS,
  });
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });

  const figures = { words: wordCount(content), footnotes: FOOTNOTES, rows, ...measured };
  report('bench-side-by-side', figures, [
    `Side-by-side benchmark (${figures.words} words and ${FOOTNOTES} footnotes a version, ${rows} rows; median of ${RUNS} runs; ${figures.machine}):`,
    `  open the view: ${figures.openMs} ms (data ${figures.openDataMs} + render ${figures.openRenderMs}), main thread CPU ${figures.openCpuMs} ms`,
    `  one key press in an open cell, to the letter painted: ${figures.keyMs} ms, main thread CPU ${figures.keyCpuMs} ms`,
  ]);
});

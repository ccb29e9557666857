import type { Page } from '@playwright/test';
import { buildLongPaper, FOOTNOTES } from '../../bench/long-paper';
import { wordCount } from '../../shared/content/helpers';
import { sideRows } from '../../renderer/screens/translation/side-by-side/side-rows';
import { demoPaperWithSpanish } from '../e2e/page-data';
import { expect, test } from '../e2e/fixtures';
import { reportFigures } from '../../bench/figures';
import { keyFigures, keyLines, measureKeys, measureOpen, openLine, report, KEYS, OPEN_GOAL_MS } from './open-and-type';
import { machine } from './timing';

/*
 * The side-by-side view of a 100-page paper and its translation (about 43,000 words and 300
 * footnotes each, so some 600 rows): the time from asking for the view to every row painted, and
 * the main thread's time for a key press in an open cell to paint (median and 95th percentile over
 * 200 keys). Prints the figures with their goals and writes them to test-results/bench-side-by-side.json.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** The demo's concept paper, its English text replaced by the long paper, with a Spanish version of the same shape. */
async function seedPair(page: Page): Promise<string> {
  const { sessionId, documentId } = await demoPaperWithSpanish(page, buildLongPaper().content);
  return `#/sessions/${sessionId}/documents/${documentId}/side-by-side/es`;
}

test('the side-by-side view opens a 300-footnote paper and its translation quickly and types within a frame', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const { content } = buildLongPaper();
  const rows = sideRows(content, content).length;
  const open = await measureOpen(page, {
    hash: await seedPair(page),
    rows: '[data-testid="side-row"]',
    count: rows,
    runs: RUNS,
  });
  await page.getByRole('button', { name: 'Edit: Paragraph 2 (Spanish)' }).click();
  await expect(page.getByTestId('side-cell-editor')).toBeFocused();
  const cell = await measureKeys(page, '[data-testid="side-cell-editor"]');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });

  const figures = { words: wordCount(content), footnotes: FOOTNOTES, rows, machine: machine(), open, cell };
  report('bench-side-by-side', figures, [
    `Side-by-side benchmark (${figures.words} words and ${FOOTNOTES} footnotes a version, ${rows} rows; open: median of ${RUNS}, keys: ${KEYS}; ${figures.machine}):`,
    openLine('the side-by-side view', open),
    ...keyLines('side-by-side cell', cell),
  ]);
  reportFigures('sideBySide', [
    { key: 'openMs', label: 'open the side-by-side view', value: open.openMs, unit: 'ms', goal: OPEN_GOAL_MS },
    ...keyFigures('cell', cell),
  ]);
});

import type { Page } from '@playwright/test';
import { buildLongPaper, FOOTNOTES } from '../../bench/long-paper';
import { wordCount } from '../../shared/content/helpers';
import { callApi } from '../e2e/page-data';
import { expect, test } from '../e2e/fixtures';
import { reportFigures } from '../../bench/figures';
import { keyFigures, keyLines, measureKeys, measureOpen, openLine, report, KEYS, OPEN_GOAL_MS } from './open-and-type';
import { machine } from './timing';

/*
 * The concept paper editor with a 100-page paper (about 43,000 words, 300 footnotes, 50 notes to
 * the translator): the time from asking for the editor to its text and every footnote painted, and
 * the main thread's time for a key press to paint, in the text and in an open footnote (median and
 * 95th percentile over 200 keys each). Prints the figures with their goals and writes them to
 * test-results/bench-document-editor.json. BENCH_PROFILE=1 adds where the keys' time went.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** The demo's concept paper, its English text replaced by the long paper; the editor's hash. */
async function seedLongPaper(page: Page): Promise<string> {
  const [session] = await callApi<{ id: string }[]>(page, 'sessions.list', {});
  const docs = await callApi<{ id: string; kind: string }[]>(page, 'documents.list', { sessionId: session!.id });
  const paper = docs.find((d) => d.kind === 'concept_paper')!;
  const versions = await callApi<{ id: string; language: string }[]>(page, 'documentVersions.list', {
    documentId: paper.id,
  });
  const english = versions.find((v) => v.language === 'en')!;
  await callApi(page, 'documentVersions.update', { id: english.id, patch: { content: buildLongPaper().content } });
  return `#/sessions/${session!.id}/documents/${paper.id}/en`;
}

test('the concept paper editor opens a 300-footnote paper quickly and types within a frame', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const open = await measureOpen(page, {
    hash: await seedLongPaper(page),
    rows: '[data-testid="footnote-item"]',
    count: FOOTNOTES,
    runs: RUNS,
  });

  await page.getByTestId('document-body').locator('p').first().click();
  const body = await measureKeys(page, '[data-testid="document-body"]');

  await page.getByTestId('footnote-static').first().click();
  await expect(page.getByTestId('footnote-text')).toBeFocused();
  const footnote = await measureKeys(page, '[data-testid="footnote-text"]');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });

  const figures = {
    words: wordCount(buildLongPaper().content),
    footnotes: FOOTNOTES,
    machine: machine(),
    open,
    body,
    footnote,
  };
  report('bench-document-editor', figures, [
    `Document editor benchmark (${figures.words} words, ${FOOTNOTES} footnotes; open: median of ${RUNS}, keys: ${KEYS} each; ${figures.machine}):`,
    openLine('the paper', open),
    ...keyLines('body', body),
    ...keyLines('footnote', footnote),
  ]);
  reportFigures('editor', [
    { key: 'openMs', label: 'open the paper', value: open.openMs, unit: 'ms', goal: OPEN_GOAL_MS },
    ...keyFigures('body', body),
    ...keyFigures('footnote', footnote),
  ]);
});

import type { Page } from '@playwright/test';
import { buildLongPaper, FOOTNOTES } from '../../bench/long-paper';
import { wordCount } from '../../shared/documents/helpers';
import { callApi } from '../e2e/page-data';
import { expect, test } from '../e2e/fixtures';
import { measureOpenAndType, report } from './open-and-type';

/*
 * The concept paper editor with a 100-page paper (about 40,000 words, 300 footnotes, 50 notes to
 * the translator): the time from asking for the editor to its text and every footnote painted, and
 * from a key press in the text to the letter painted, in wall time and in main-thread CPU time (median of
 * several; the CPU time is the figure to compare on a shared machine). Prints the figures and
 * writes them to test-results/bench-document-editor.json.
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

test('the concept paper editor opens a 300-footnote paper quickly', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const measured = await measureOpenAndType(page, {
    hash: await seedLongPaper(page),
    rows: '[data-testid="footnote-item"]',
    count: FOOTNOTES,
    typeIn: '[data-testid="document-body"]',
    focus: () => page.getByTestId('document-body').locator('p').first().click(),
    runs: RUNS,
  });
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });

  const figures = { words: wordCount(buildLongPaper().content), footnotes: FOOTNOTES, ...measured };
  report('bench-document-editor', figures, [
    `Document editor benchmark (${figures.words} words, ${FOOTNOTES} footnotes; median of ${RUNS} runs; ${figures.machine}):`,
    `  open the editor: ${figures.openMs} ms (data ${figures.openDataMs} + render ${figures.openRenderMs}), main thread CPU ${figures.openCpuMs} ms`,
    `  one key press in the text, to the letter painted: ${figures.keyMs} ms, main thread CPU ${figures.keyCpuMs} ms`,
  ]);
});

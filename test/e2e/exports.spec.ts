import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { SESSION_EXPORT_KINDS } from '../../shared/api/document-procedures';
import { expect, screenshotPath, test } from './fixtures';
import { bytesOf, callApi } from './page-data';
import { openDemo } from './screens-helpers';

/** Gives the demo concept paper a Spanish version (a copy of the English text), through the page's own API access. */
async function addSpanishVersion(page: Page): Promise<void> {
  const [session] = await callApi<{ id: string }[]>(page, 'sessions.list', {});
  const docs = await callApi<{ id: string; kind: string }[]>(page, 'documents.list', { sessionId: session!.id });
  const paper = docs.find((d) => d.kind === 'concept_paper')!;
  const [english] = await callApi<{ content: unknown }[]>(page, 'documentVersions.list', { documentId: paper.id });
  await callApi(page, 'documentVersions.create', {
    documentId: paper.id,
    language: 'es',
    status: 'received',
    content: english!.content,
    controlNumber: '',
  });
}

test('exports: one document in a chosen language, an agenda document, and every document as a zip', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url, /^Details and documents$/);
  await addSpanishVersion(page);
  await page.reload();
  const editor = page.getByTestId('documents-editor');
  const paperRow = editor.getByTestId('document-row').filter({ hasText: 'Concept paper' });
  await expect(paperRow.getByTestId('version-link-es')).toBeVisible();

  // The concept paper, in Spanish: only the languages it has a version in are offered.
  const paperLanguage = paperRow.getByTestId('export-language');
  await expect(paperLanguage.locator('option')).toHaveText(['English', 'Spanish']);
  await paperLanguage.selectOption('es');
  const [paper] = await Promise.all([
    page.waitForEvent('download'),
    paperRow.getByRole('button', { name: 'Export the Concept paper as a Word document' }).click(),
  ]);
  expect(paper.suggestedFilename()).toMatch(/-es\.docx$/);
  expect((await bytesOf(paper)).subarray(0, 2).toString()).toBe('PK');
  await expect(paperRow.getByTestId('export-done')).toHaveText(`${paper.suggestedFilename()} is in your downloads.`);

  // The order of business, in French: any of the four languages.
  const order = editor.locator('[data-testid="agenda-export-row"][data-kind="order_of_business"]');
  await expect(order.getByTestId('export-language').locator('option')).toHaveCount(4);
  await order.getByTestId('export-language').selectOption('fr');
  const [orderFile] = await Promise.all([page.waitForEvent('download'), order.getByTestId('export-button').click()]);
  expect(orderFile.suggestedFilename()).toBe('order-of-business-fr.docx');
  expect((await bytesOf(orderFile)).subarray(0, 2).toString()).toBe('PK');

  // The chair's script, in Portuguese: made from the agenda and the list of speakers like the agenda.
  const script = editor.locator('[data-testid="agenda-export-row"][data-kind="chairs_script"]');
  await expect(script).toContainText('Chair’s script');
  await script.getByTestId('export-language').selectOption('pt');
  const [scriptFile] = await Promise.all([page.waitForEvent('download'), script.getByTestId('export-button').click()]);
  expect(scriptFile.suggestedFilename()).toBe('chairs-script-pt.docx');
  const scriptXml = await (await JSZip.loadAsync(await bytesOf(scriptFile))).file('word/document.xml')!.async('string');
  expect(scriptXml).toContain('Concedo a palavra à Delegação do México.');
  await script.screenshot({ path: screenshotPath('exports-chairs-script-row-en') });

  // Export all, in English and Spanish.
  const all = editor.getByTestId('export-all');
  await expect(all.getByTestId('export-all-en')).toBeChecked();
  await all.getByTestId('export-all-es').check();
  const [zipFile] = await Promise.all([page.waitForEvent('download'), all.getByTestId('export-all-button').click()]);
  expect(zipFile.suggestedFilename()).toMatch(/^CAM \d{4}-\d{2}-\d{2} documents\.zip$/);
  const zip = await JSZip.loadAsync(await bytesOf(zipFile));
  const names = Object.keys(zip.files).sort();
  expect(names).toHaveLength(2 + SESSION_EXPORT_KINDS.length * 2);
  expect(names.filter((n) => /concept-paper|^CP/.test(n) && n.endsWith('-en.docx'))).toHaveLength(1);
  expect(names.filter((n) => /concept-paper|^CP/.test(n) && n.endsWith('-es.docx'))).toHaveLength(1);
  for (const kind of [
    'order-of-business',
    'annotated-agenda',
    'list-of-speakers',
    'chairs-script',
    'session-report',
    'good-practices',
  ]) {
    for (const lang of ['en', 'es']) expect(names).toContain(`${kind}-${lang}.docx`);
  }
  await expect(all.getByTestId('export-done')).toContainText('is in your downloads.');

  // No language ticked: nothing to export.
  await all.getByTestId('export-all-en').uncheck();
  await all.getByTestId('export-all-es').uncheck();
  await expect(all.getByTestId('export-all-button')).toBeDisabled();
  await expect(all).toContainText('Tick at least one language.');
  await all.getByTestId('export-all-en').check();

  await editor.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('exports-details-en'), fullPage: true });
  await editor.screenshot({ path: screenshotPath('exports-documents-en') });
});

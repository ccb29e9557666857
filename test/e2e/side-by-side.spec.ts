import { expect, screenshotPath, test } from './fixtures';
import { callApi, demoPaperWithSpanish } from './page-data';
import { expectSaved, openDemo } from './screens-helpers';

interface Version {
  id: string;
  language: string;
  content: { titleBlock: Record<string, string>; body: unknown };
}

test('side by side: the original and the Spanish version, passage by passage, both edited in place and kept', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url, /^Details and documents$/);
  const { documentId } = await demoPaperWithSpanish(page);
  await page.reload();
  await page
    .getByTestId('document-row')
    .filter({ hasText: 'Concept paper' })
    .getByRole('link', { name: 'Languages and translation of the Concept paper' })
    .click();
  await page.getByRole('link', { name: 'The Spanish version beside the original' }).click();
  await expect(page.getByTestId('side-by-side-heading')).toHaveText('Concept paper: English and Spanish, side by side');
  const table = page.getByTestId('side-by-side');
  const rows = table.getByTestId('side-row');
  await expect(rows.first()).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'English (original)' })).toBeVisible();

  // The title block, field by field.
  const title = page.getByRole('textbox', { name: 'Title (Spanish)', exact: true });
  await expect(title).toHaveValue('Sesión anual sobre la gobernanza de la migración');
  await title.fill('Sesión anual sobre gobernanza migratoria');

  // Paragraph 2 of the translation: a cell opens as an editor, Escape closes it.
  const paragraph = rows.filter({ has: page.getByRole('rowheader', { name: 'Paragraph 2', exact: true }) });
  await paragraph.getByRole('button', { name: 'Edit: Paragraph 2 (Spanish)' }).click();
  const cellEditor = paragraph.getByTestId('side-cell-editor');
  await expect(cellEditor).toBeFocused();
  await page.keyboard.type(' Texto traducido.');
  // Enter would add a paragraph, which would shift every row after it: the cell keeps one.
  await page.keyboard.press('Enter');
  await expect(cellEditor.locator('p')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(cellEditor).toHaveCount(0);
  // The keyboard goes on from the closed cell: Enter opens it again.
  const spanishCell = paragraph.getByRole('button', { name: 'Edit: Paragraph 2 (Spanish)' });
  await expect(spanishCell).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cellEditor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(paragraph.locator('td').nth(1)).toContainText('Texto traducido.');
  await expect(paragraph.locator('td').nth(0)).not.toContainText('Texto traducido.');

  // Footnote 1, in bold: the cell's own toolbar.
  const footnote = rows.filter({ has: page.getByRole('rowheader', { name: 'Footnote 1', exact: true }) });
  await expect(footnote).toHaveCount(1);
  await footnote.getByRole('button', { name: 'Edit: Footnote 1 (Spanish)' }).click();
  await expect(footnote.getByTestId('side-cell-editor')).toBeFocused();
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Nota revisada.');
  await footnote.getByRole('button', { name: 'Done' }).click();
  await expect(footnote.locator('td').nth(1).locator('strong')).toHaveText('Nota revisada.');
  await expect(footnote.locator('td').nth(1)).toContainText('resdec/ Nota revisada.');

  // The original is editable too.
  await paragraph.getByRole('button', { name: 'Edit: Paragraph 2 (English)' }).click();
  await expect(cellEditor).toBeFocused();
  await page.keyboard.type(' Original amended.');
  await page.keyboard.press('Escape');
  await expectSaved(page);
  await page.screenshot({ path: screenshotPath('side-by-side'), fullPage: true });

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title (Spanish)', exact: true })).toHaveValue(
    'Sesión anual sobre gobernanza migratoria',
  );
  await expect(paragraph.locator('td').nth(1)).toContainText('Texto traducido.');
  await expect(paragraph.locator('td').nth(0)).toContainText('Original amended.');
  await expect(footnote.locator('td').nth(1).locator('strong')).toHaveText('Nota revisada.');

  // What was stored: each version its own edits, the footnote's note to the translator kept.
  const versions = await callApi<Version[]>(page, 'documentVersions.list', { documentId });
  const text = (language: string) => JSON.stringify(versions.find((v) => v.language === language)!.content.body);
  expect(text('es')).toContain('Texto traducido.');
  expect(text('es')).not.toContain('Original amended.');
  expect(text('en')).toContain('Original amended.');
  expect(text('en')).not.toContain('Nota revisada.');
  expect(text('es')).toContain('"translatorNote"');

  await page.getByRole('link', { name: 'Back to the languages of the Concept paper' }).click();
  await expect(page.getByTestId('side-by-side-es')).toBeVisible();
});

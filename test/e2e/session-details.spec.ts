import { expect, screenshotPath, test } from './fixtures';
import { expectSaved, newSession } from './screens-helpers';

test('create a session, fill in its details, add documents and issue their symbols', async ({ page, app }) => {
  await page.goto(app.url);
  await newSession(page, 'Special meeting on labour migration');
  await expect(page.getByRole('heading', { level: 1, name: 'Session details' })).toBeVisible();

  await page.getByTestId('session-title-field-es').fill('Reunión especial sobre migración laboral');
  // The date field reads the interface language's order: month/day/year in English.
  await page.getByTestId('session-date').fill('03/12/2026');
  await expect(page.getByTestId('session-date-field').getByText('Read as March 12, 2026.')).toBeVisible();
  await page.getByTestId('session-room').fill('Padilha Vidal Room');
  await page.getByLabel('Modality').selectOption('hybrid');
  await page.getByTestId('session-status').selectOption('convened');
  // An end before the start is shown, not saved.
  await page.getByTestId('session-end').fill('09:00');
  await expect(page.getByText('Ends at: must be after the start time')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'invalid');
  await page.getByTestId('session-end').fill('12:30');
  await expect(page.getByText('Ends at: must be after the start time')).toBeHidden();
  await expectSaved(page);

  // Documents: add two, issue the next symbol of the body, then a revision of the first.
  await expect(page.getByText('No documents yet.')).toBeVisible();
  await page.getByLabel('Kind of document').selectOption('concept_paper');
  await page.getByRole('button', { name: 'Add the document' }).click();
  await page.getByLabel('Kind of document').selectOption('order_of_business');
  await page.getByRole('button', { name: 'Add the document' }).click();
  await expect(page.getByTestId('document-row')).toHaveCount(2);
  const proposal = (await page.getByTestId('symbol-proposal').locator('.symbol').textContent())!.trim();
  expect(proposal).toMatch(/^CP\/CAM-\d+\/26$/);
  await page.getByRole('button', { name: 'Issue the next symbol for the Concept paper' }).click();
  await expect(page.getByTestId('document-symbol').first()).toHaveText(proposal);
  await page.getByRole('button', { name: `Create rev. of ${proposal}` }).click();
  await expect(page.getByTestId('document-symbol')).toHaveText([proposal, `${proposal} rev. 1`]);
  await page.getByRole('button', { name: 'Issue the next symbol for the Order of business' }).click();
  await expect(page.getByTestId('document-symbol')).toHaveCount(3);
  const symbols = await page.getByTestId('document-symbol').allTextContents();
  expect(new Set(symbols).size).toBe(3);
  await expectSaved(page);
  await page.screenshot({ path: screenshotPath('details-en'), fullPage: true });

  // Everything survived: reload and read it back.
  await page.reload();
  await expect(page.getByTestId('session-title-field-en')).toHaveValue('Special meeting on labour migration');
  await expect(page.getByTestId('session-room')).toHaveValue('Padilha Vidal Room');
  await expect(page.getByTestId('session-end')).toHaveValue('12:30 p.m.');
  await expect(page.getByTestId('session-date')).toHaveValue('03/12/2026');
  await expect(page.getByTestId('session-title')).toHaveText('Special meeting on labour migration');

  await page.getByRole('link', { name: 'Sessions', exact: true }).first().click();
  await expect(page.getByTestId('session-row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Special meeting on labour migration' })).toBeVisible();
});

test('an edit typed just before leaving the page is saved', async ({ page, app }) => {
  await page.goto(app.url);
  await newSession(page, 'Session left at once');
  await page.getByTestId('session-room').fill('Room typed at the last moment');
  // Leave at once, before the save delay has run out: the flush on leaving sends it.
  await page.goto('about:blank');
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(2);
  await page.getByRole('link', { name: 'Session left at once' }).click();
  await page.getByTestId('tab-details').click();
  await expect(page.getByTestId('session-room')).toHaveValue('Room typed at the last moment');
});

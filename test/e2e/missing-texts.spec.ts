import { createEnglishOnlySession } from '../support/english-only-session';
import { expect, screenshotPath, test } from './fixtures';
import { bytesOf, callApi } from './page-data';

test('an English-only session: Details lists the French gaps with links, and an export says what it lacks first', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { sessionId } = await createEnglishOnlySession((name, input) => callApi(page, name, input));
  await page.evaluate((hash) => (location.hash = hash), `#/sessions/${sessionId}/details`);

  const panel = page.getByTestId('missing-texts');
  await expect(panel.getByRole('heading', { name: 'Texts missing by language' })).toBeVisible();
  await expect(panel.getByTestId('missing-en')).toHaveText('English: nothing missing');
  const french = panel.getByTestId('missing-fr');
  await expect(french.locator('summary')).toHaveText('French: 8 missing');
  await french.locator('summary').click();
  const links = french.getByRole('link');
  await expect(links).toHaveText([
    'Session title',
    'Agenda item 1: title',
    'Agenda item 2: title',
    'Agenda item 3: title',
    'Agenda item 3: annotation',
    'Organization name: Migrant Workers Network',
    'Guiding question 1',
    'Concept paper: text',
  ]);
  await expect(french.getByRole('listitem').first()).toContainText(
    'Printed in: Order of business, Annotated order of business, List of speakers',
  );
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: screenshotPath('missing-texts-details-en') });

  // The session title is on this screen: its link goes to the French field.
  await french.getByRole('link', { name: 'Session title' }).click();
  await expect(page.getByTestId('session-title-field-fr')).toBeFocused();
  await page.getByTestId('session-title-field-fr').fill('Gouvernance des migrations 2027');
  await panel.getByRole('button', { name: 'Check again' }).click();
  await expect(panel.getByTestId('missing-fr').locator('summary')).toHaveText('French: 7 missing');

  // An item's title: its link opens the agenda.
  await panel.getByTestId('missing-fr').locator('summary').click();
  await panel.getByTestId('missing-fr').getByRole('link', { name: 'Agenda item 3: title' }).click();
  await expect(page).toHaveURL(new RegExp(`#/sessions/${sessionId}/agenda$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await page.goBack();

  // Exporting the French order of business: the notice first, listing each missing text.
  const order = page.locator('[data-testid="agenda-export-row"][data-kind="order_of_business"]');
  await order.getByTestId('export-language').selectOption('fr');
  await order.getByTestId('export-button').click();
  const notice = order.getByTestId('missing-notice');
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Texts missing in French');
  await expect(notice.getByRole('link')).toHaveText([
    'Agenda item 1: title',
    'Agenda item 2: title',
    'Agenda item 3: title',
  ]);
  await notice.screenshot({ path: screenshotPath('missing-texts-export-notice-en') });
  await page.getByTestId('agenda-exports').screenshot({ path: screenshotPath('missing-texts-export-row-en') });
  await notice.getByRole('button', { name: 'Cancel' }).click();
  await expect(notice).toBeHidden();

  await order.getByTestId('export-button').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    order.getByTestId('missing-notice').getByRole('button', { name: 'Export anyway' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('order-of-business-fr.docx');
  expect((await bytesOf(file)).subarray(0, 2).toString()).toBe('PK');
  await expect(order.getByTestId('export-done')).toContainText('is in your downloads.');

  // In English nothing is missing: the file comes at once.
  await order.getByTestId('export-language').selectOption('en');
  const [english] = await Promise.all([page.waitForEvent('download'), order.getByTestId('export-button').click()]);
  expect(english.suggestedFilename()).toBe('order-of-business-en.docx');
  await expect(order.getByTestId('missing-notice')).toHaveCount(0);

  // The same report in French.
  await page.getByTestId('language-switcher').selectOption('fr');
  await expect(panel.getByRole('heading', { name: 'Textes manquants par langue' })).toBeVisible();
  await expect(panel.getByTestId('missing-fr').locator('summary')).toHaveText('En français : 7 manquant(s)');
  await panel.getByTestId('missing-pt').locator('summary').click();
  await expect(panel.getByTestId('missing-pt').getByRole('link').first()).toHaveText('Titre de la session');
  await panel.screenshot({ path: screenshotPath('missing-texts-details-fr') });
});

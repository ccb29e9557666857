import { expect, screenshotPath, test } from './fixtures';
import { expectSaved, openDemo } from './screens-helpers';

for (const lang of ['en', 'es', 'fr', 'pt'] as const) {
  test(`the speakers table fits a 1280-pixel window in ${lang}`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await openDemo(page, app.url, /^Speakers$/);
    await page.getByTestId('language-switcher').selectOption(lang);
    const rows = page.getByTestId('speaker-row');
    await expect(rows).toHaveCount(6);
    const wrap = page.locator('.table-wrap', { has: page.getByTestId('speaker-editor') });
    const widths = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    for (const remove of await rows.getByTestId('speaker-delete').all()) {
      const box = (await remove.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: screenshotPath(`speakers-width-${lang}`) });
  });
}

test('the time check counts those yet to speak; the limit reaches the panel only when ticked', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url, /^Speakers$/);
  const rows = page.getByTestId('speaker-row');
  await expect(rows).toHaveCount(6);
  // The panel: six panelists of 12 minutes in 90; the first one moderates, the last wants 60 minutes.
  const minutes = rows.getByTestId('speaker-minutes');
  await rows.first().locator('[data-role="role"]').selectOption('moderator');
  await minutes.last().fill('60');
  await expect(page.getByTestId('speakers-overflow')).toContainText('need 120 minutes, but the item has 90 minutes');
  // The panel has no delegation: the limit reaches no one until the panelists are ticked.
  await expect(page.getByTestId('apply-limit')).toHaveCount(0);
  await page.getByTestId('limit-panelists').check();
  await expect(page.getByTestId('apply-limit')).toHaveText('Give every speaker 15 minutes');
  await page.screenshot({ path: screenshotPath('speakers-limit-panelists-en'), fullPage: true });
  await page.getByTestId('apply-limit').click();
  await expect(page.getByTestId('speakers-fit')).toContainText('87 minutes of 90 minutes');
  // The moderator kept their 12 minutes.
  expect(await minutes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual([
    '12',
    '15',
    '15',
    '15',
    '15',
    '15',
  ]);
  await expectSaved(page);

  // Once the last panelist has spoken, the time check leaves their minutes out.
  await minutes.last().fill('80');
  await expect(page.getByTestId('speakers-overflow')).toBeVisible();
  await rows.last().getByTestId('speaker-status').selectOption('spoke');
  await expect(page.getByTestId('speakers-fit')).toContainText('72 minutes of 90 minutes');
  await expectSaved(page);
});

test('Details warns before an export of the list of speakers that runs past an item’s slot', async ({ page, app }) => {
  await openDemo(page, app.url, /^Speakers$/);
  const dialogue = await page
    .getByTestId('speakers-item')
    .locator('option', { hasText: /^4\. / })
    .getAttribute('value');
  await page.getByTestId('speakers-item').selectOption(dialogue!);
  await page.getByTestId('speaker-row').first().getByTestId('speaker-minutes').fill('50');
  await expectSaved(page);
  await page.getByTestId('tab-details').click();
  const notice = page.getByTestId('speakers-past-slot');
  await expect(notice.getByRole('link')).toHaveText(['Item 4: 10 minutes past the end of its slot (12:45\u00a0p.m.)']);
  await notice.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('details-speakers-past-slot-en') });
  await page.getByTestId('language-switcher').selectOption('fr');
  await expect(notice.getByRole('link')).toHaveText(['Point 4 : 10 minutes au-delà de la fin du temps prévu (12:45)']);
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/speakers/${dialogue}$`));
});

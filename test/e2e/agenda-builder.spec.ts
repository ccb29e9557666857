import { expect, screenshotPath, test } from './fixtures';
import { dragOnto, expectSaved } from './screens-helpers';

test('build an agenda that overruns, see the warning, fix it; reorder by keyboard and by drag; delete and undo', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByTestId('new-session').click();
  await page.getByTestId('session-title-field-en').fill('Agenda test session');
  await expectSaved(page);
  await page.getByTestId('tab-agenda').click();
  await expect(page.getByTestId('agenda-empty')).toContainText('Add the first item');

  const add = async (kind: string) => {
    await page.getByTestId('new-item-kind').selectOption(kind);
    await page.getByTestId('add-item').click();
  };
  await add('opening'); // 10 min
  await add('adoption_of_agenda'); // 5
  await add('panel'); // 60
  await add('dialogue'); // 45
  await add('closing'); // 10
  const items = page.getByTestId('builder-item');
  await expect(items).toHaveCount(5);
  // The new item's title has focus, ready to type.
  await expect(items.nth(4).getByTestId('item-title')).toBeFocused();
  await expect(items.nth(2).getByTestId('item-start')).toHaveText('10:15\u00a0a.m.');
  await expect(items.nth(4).getByTestId('item-start')).toHaveText('12:00\u00a0p.m.');
  await expect(page.getByTestId('schedule-ok')).toContainText('50 minutes left');

  // The panel grows to 130 minutes: 200 minutes in a session of 180, 20 minutes over.
  await items.nth(2).getByTestId('item-duration').fill('130');
  await expect(page.getByTestId('schedule-overrun')).toContainText('runs 20 minutes past the end');
  await expect(items.nth(4).getByTestId('item-past-end')).toBeVisible();
  await expect(items.nth(4).getByTestId('item-start')).toHaveText('1:10\u00a0p.m.');
  await expectSaved(page);
  await page.screenshot({ path: screenshotPath('agenda-overrun-en'), fullPage: true });

  // Fix it: the dialogue gives up 20 minutes.
  await items.nth(3).getByTestId('item-duration').fill('25');
  await expect(page.getByTestId('schedule-ok')).toContainText('The agenda fills the session exactly.');
  await expect(page.getByTestId('item-past-end')).toHaveCount(0);
  await expect(page.getByTestId('item-speakers-over')).toHaveCount(0);

  // Titles per language, annotation, symbols from elsewhere.
  await items.nth(2).getByTestId('item-title').fill('Panel on labour migration');
  await items.nth(2).getByLabel('Other symbols').fill('CP/CAM-5/26; CP/INF.9/26');
  await items.nth(2).getByLabel('Annotation (English)').fill('The panelists present the regional mechanisms.');

  // Keyboard: Alt+↓ on the panel's title moves the panel below the dialogue; focus stays in its title.
  await items.nth(2).getByTestId('item-title').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(3).getByTestId('item-title')).toHaveValue('Panel on labour migration');
  await expect(items.nth(3).getByTestId('item-title')).toBeFocused();
  await expect(page.getByTestId('agenda-announcer')).toHaveText('Item moved from position 3 to position 4.');
  await expect(items.nth(2).getByTestId('item-start')).toHaveText('10:15\u00a0a.m.');
  await expect(items.nth(3).getByTestId('item-start')).toHaveText('10:40\u00a0a.m.');

  // Drag: the panel's handle onto the dialogue puts it back in third place.
  await dragOnto(page, items.nth(3).getByTestId('drag-handle'), items.nth(2));
  await expect(items.nth(2).getByTestId('item-title')).toHaveValue('Panel on labour migration');

  // Delete the closing, then undo.
  await items.nth(4).getByTestId('delete-item').click();
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId('undo-bar')).toContainText('Item 5 was deleted');
  await page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(5);
  await expect(items.nth(4).getByTestId('item-title')).toHaveValue('Closing');
  await expectSaved(page);

  // All of it is in the store.
  await page.reload();
  await expect(items).toHaveCount(5);
  await expect(items.nth(2).getByTestId('item-title')).toHaveValue('Panel on labour migration');
  await expect(items.nth(2).getByLabel('Other symbols')).toHaveValue('CP/CAM-5/26; CP/INF.9/26');
  await expect(items.nth(3).getByTestId('item-duration')).toHaveValue('25');
  await expect(page.getByTestId('schedule-ok')).toBeVisible();
  await page.screenshot({ path: screenshotPath('agenda-fixed-en'), fullPage: true });

  // The overview shows the same agenda, times and all.
  await page.getByTestId('tab-overview').click();
  await expect(page.getByTestId('agenda-item')).toHaveCount(5);
  await expect(page.getByRole('heading', { level: 3, name: /^3\. Panel on labour migration/ })).toBeVisible();
  await expect(page.getByTestId('item-symbols')).toHaveText(' (CP/CAM-5/26, CP/INF.9/26)');
});

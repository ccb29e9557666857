import { expect, screenshotPath, test } from './fixtures';
import { expectSaved, focusLosses, openDemo, watchFocusLoss } from './screens-helpers';

test('build a list of speakers: add delegations, refuse a duplicate, time check, reorder by hand and back to the rule', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url, /^Speakers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'List of speakers' })).toBeVisible();
  // The panel is shown first: its panelists, ordered by the rule.
  await expect(page.getByTestId('order-mode-label')).toHaveText('By rule: panelists first, then requests in order');
  await expect(page.getByTestId('speaker-row')).toHaveCount(6);

  // The dialogue with the delegations.
  const dialogue = await page
    .getByTestId('speakers-item')
    .locator('option', { hasText: /^4\. / })
    .getAttribute('value');
  await page.getByTestId('speakers-item').selectOption(dialogue!);
  await expect(page).toHaveURL(new RegExp(`/speakers/${dialogue}$`));
  const rows = page.getByTestId('speaker-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.getByTestId('speaker-name')).toHaveText(['Mexico', 'Colombia', 'Canada', 'Brazil', 'Costa Rica']);

  // Chile asks for the floor.
  await page.getByTestId('new-speaker-role').selectOption('delegation');
  await page.getByTestId('new-speaker-organization').selectOption({ label: 'Chile' });
  await page.getByTestId('add-speaker-submit').click();
  await expect(rows).toHaveCount(6);
  await expect(rows.last().getByTestId('speaker-name')).toHaveText('Chile');
  // Its speaker can be named later, from the people of that delegation in the registry.
  await rows.last().getByRole('button', { name: 'Name the speaker' }).click();
  await expect(rows.last()).toContainText('No one of this delegation is in the registry yet.');

  // Mexico again: refused, with the translated message.
  await page.getByTestId('new-speaker-organization').selectOption({ label: 'Mexico' });
  await page.getByTestId('add-speaker-submit').click();
  await expect(page.getByTestId('duplicate-speaker')).toHaveText(
    'This delegation is already on the list of speakers of this item.',
  );
  await expect(rows).toHaveCount(6);

  // Time check: Chile wants 40 minutes; the item has 60.
  await rows.last().getByTestId('speaker-minutes').fill('40');
  await expect(page.getByTestId('speakers-overflow')).toContainText('need 65 minutes, but the item has 60 minutes');
  await expect(page.getByTestId('apply-limit')).toHaveText('Give every speaker 10 minutes');
  await page.screenshot({ path: screenshotPath('speakers-overflow-en'), fullPage: true });
  // The agenda builder flags the item too.
  await page.getByTestId('tab-agenda').click();
  await expect(page.getByTestId('builder-item').nth(3).getByTestId('item-speakers-over')).toHaveText(
    'The speakers need 65 minutes; the item has 60 minutes',
  );
  await page.goBack();
  await page.getByTestId('apply-limit').click();
  await expect(page.getByTestId('speakers-fit')).toContainText('60 minutes of 60 minutes');
  await expectSaved(page);

  // The Chair moves Chile up to third place with the keyboard: the order is now set by hand.
  await rows.last().getByTestId('speaker-minutes').focus();
  await watchFocusLoss(rows.last().getByTestId('speaker-minutes'));
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(2).getByTestId('speaker-name')).toHaveText('Chile');
  await expect(rows.nth(2).getByTestId('speaker-minutes')).toBeFocused();
  expect(await focusLosses(page)).toBe(0);
  await expect(page.getByTestId('order-mode-label')).toHaveText('Set by the Chair');
  // A withdrawal is struck through; the Chair's order keeps it in place (the rule puts it last).
  await rows.nth(0).getByTestId('speaker-status').selectOption('withdrawn');
  await expectSaved(page);
  await page.screenshot({ path: screenshotPath('speakers-manual-en'), fullPage: true });

  // Reloaded from the store: the Chair's order, kept.
  await page.reload();
  await expect(page.getByTestId('order-mode-label')).toHaveText('Set by the Chair');
  await expect(rows.getByTestId('speaker-name')).toHaveText([
    'Mexico',
    'Colombia',
    'Chile',
    'Canada',
    'Brazil',
    'Costa Rica',
  ]);

  // Back to the rule: requests in the order they came in, the withdrawn last.
  await page.getByTestId('order-by-rule').click();
  await expect(page.getByTestId('order-mode-label')).toHaveText('By rule: panelists first, then requests in order');
  await expect(rows.getByTestId('speaker-name')).toHaveText([
    'Colombia',
    'Canada',
    'Brazil',
    'Costa Rica',
    'Chile',
    'Mexico',
  ]);

  // Delete and undo.
  await rows.nth(4).getByTestId('speaker-delete').click();
  await expect(rows).toHaveCount(5);
  await page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(4).getByTestId('speaker-name')).toHaveText('Chile');
  await expectSaved(page);

  // The overview prints the list in the order in force.
  await page.getByTestId('tab-overview').click();
  await expect(page.getByTestId('speaker-table').nth(1).getByTestId('speaker-row').first()).toContainText('Colombia');
});

test('add a panelist from the registry to the panel', async ({ page, app }) => {
  await openDemo(page, app.url, /^Speakers$/);
  const rows = page.getByTestId('speaker-row');
  await expect(rows).toHaveCount(6);
  await page.getByTestId('new-speaker-role').selectOption('panelist');
  await expect(page.getByTestId('add-speaker-submit')).toBeDisabled();
  await page.getByTestId('new-speaker-person').selectOption({ label: 'Ms. Laura Méndez Ortiz' });
  await page.getByTestId('add-speaker-submit').click();
  await expect(rows).toHaveCount(7);
  // Panelists keep their set order under the rule: the new one comes after the other panelists.
  await expect(rows.nth(6)).toContainText('Laura Méndez Ortiz');
  await expect(rows.nth(6)).toContainText('Regional Conference on Migration');
});

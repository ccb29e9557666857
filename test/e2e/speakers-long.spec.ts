import { expect, test } from './fixtures';
import { seedBigSession } from '../bench/seed-screens';
import { expectSaved, focusLosses, watchFocusLoss } from './screens-helpers';

// A list longer than 60 draws only the rows in its frame (and a few more): a row moved by keyboard past the
// frame's edge brings the frame along, keeps its focus, and its new place is saved.
test('a long list of speakers: a row moved by keyboard past the edge of its frame stays in view and focused', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const { sessionId, itemId } = await seedBigSession(page, 2, 120);
  await page.evaluate((hash) => (location.hash = hash), `#/sessions/${sessionId}/speakers/${itemId}`);
  const table = page.getByTestId('speaker-editor');
  await expect(table).toHaveAttribute('aria-rowcount', '121');
  const rows = page.getByTestId('speaker-row');
  expect(await rows.count()).toBeLessThan(40);

  // The last row drawn at the start, below the frame's bottom edge: moving it scrolls the frame.
  const frame = page.locator('.table-wrap--scroll');
  const start = Number(await rows.nth(9).getAttribute('aria-rowindex')) - 1;
  const name = await rows.nth(9).getByTestId('speaker-name').textContent();
  const minutes = rows.nth(9).getByTestId('speaker-minutes');
  await minutes.focus();
  await watchFocusLoss(minutes);
  for (let i = 0; i < 25; i += 1) await page.keyboard.press('Alt+ArrowDown');

  const moved = page.locator(`[data-testid="speaker-row"][aria-rowindex="${start + 26}"]`);
  await expect(moved.getByTestId('speaker-name')).toHaveText(name!);
  await expect(moved.getByTestId('speaker-minutes')).toBeFocused();
  const inFrame = async () => {
    const box = (await frame.boundingBox())!;
    const row = (await moved.boundingBox())!;
    return row.y >= box.y && row.y + row.height <= box.y + box.height;
  };
  expect(await inFrame()).toBe(true);
  expect(await focusLosses(page)).toBe(0);
  await expect(page.getByTestId('order-mode-label')).toHaveText('Set by the Chair');

  // The new place is stored: after a reload the speaker is still 25 places further down.
  await expectSaved(page);
  await page.reload();
  await expect(table).toHaveAttribute('aria-rowcount', '121');
  await frame.evaluate((element, row) => (element.scrollTop = (row - 3) * 64), start + 25);
  await expect(
    page.locator(`[data-testid="speaker-row"][aria-rowindex="${start + 26}"]`).getByTestId('speaker-name'),
  ).toHaveText(name!);
});

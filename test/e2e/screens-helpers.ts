import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Waits until the header says every edit is stored (the truthful "saved" state). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 5000 });
}

/** Opens the demo session's screen `tab` from the list. */
export async function openDemo(page: Page, url: string, tab?: RegExp): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: /Annual session on migration governance/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (tab)
    await page.getByRole('navigation', { name: 'Screens of this session' }).getByRole('link', { name: tab }).click();
}

/** Drags `handle` onto `target` with the mouse (HTML5 drag and drop), both scrolled into the viewport first. */
export async function dragOnto(page: Page, handle: Locator, target: Locator): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y - 10, { steps: 4 });
  await page.mouse.move(to.x + 40, to.y + 30, { steps: 6 });
  await page.mouse.up();
}

/**
 * Counts the times the control in `field` loses focus from now on: a row moved by keyboard moves in place, so its
 * control keeps focus throughout and a screen reader is not sent back to it. Read the count with `focusLosses`.
 */
export async function watchFocusLoss(field: Locator): Promise<void> {
  await field.evaluate((control) => {
    const scope = window as unknown as { focusLosses: number };
    scope.focusLosses = 0;
    control.addEventListener('focusout', () => (scope.focusLosses += 1));
  });
}

export const focusLosses = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { focusLosses: number }).focusLosses);

/** "New session" from the list: the title (in the screen's language) and the date asked first, then its details. */
export async function newSession(page: Page, title: string, date?: string): Promise<void> {
  await page.getByTestId('new-session').click();
  await page.getByTestId('new-session-title').fill(title);
  if (date) await page.getByTestId('new-session-date').fill(date);
  await page.getByTestId('new-session-create').click();
  await expect(page.getByTestId('session-title-field').getByRole('textbox').first()).toHaveValue(title);
}

import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshotPath, test } from './fixtures';
import { newSession } from './screens-helpers';

const DEMO = /Annual session on migration governance/;

/** A link of the main navigation, in any language. */
const nav = (page: Page, name: string) => page.locator('.app-header__nav').getByRole('link', { name, exact: true });

async function openBackups(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await nav(page, 'Backups').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups and session files' })).toBeVisible();
}

test('backups: back up now, see it listed, restore it after a change and see the change gone', async ({
  page,
  app,
}) => {
  await openBackups(page, app.url);
  const rows = page.getByTestId('backup-row');
  // The backup made when Session Desk started.
  await expect(rows.filter({ hasText: 'At start' })).toHaveCount(1);

  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-made')).toContainText('Backup made:');
  const manual = rows.filter({ hasText: 'Manual' });
  await expect(manual).toHaveCount(1);
  // Newest first, with a formatted date, the reason and a size.
  await expect(rows.first()).toHaveAttribute('data-reason', 'manual');
  await expect(manual).toContainText(/\d{4} at \d{1,2}:\d{2}:\d{2}/);
  await expect(manual.locator('td.num')).toHaveText(/^[\d.]+ (kB|MB)$/);

  // A change: a second session.
  await nav(page, 'Sessions').click();
  await newSession(page, 'A session made after the backup');
  await expect(page).toHaveURL(/\/details$/);
  await nav(page, 'Sessions').click();
  await expect(page.getByTestId('session-row')).toHaveCount(2);

  // Restore the manual backup: the confirmation says the current data is backed up first.
  await nav(page, 'Backups').click();
  await manual.getByRole('button', { name: /^Restore the backup of / }).click();
  const confirm = page.getByTestId('restore-confirm');
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText('The current data is backed up first');
  await page.screenshot({ path: screenshotPath('backups-restore-confirm-en'), fullPage: true });
  // Escape cancels and gives the focus back to the row's button.
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(manual.getByRole('button', { name: /^Restore the backup of / })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByTestId('restore-yes').click();
  await expect(page.getByTestId('backup-restored')).toContainText('is restored');
  await expect(rows.filter({ hasText: 'Before a restore' })).toHaveCount(1);
  // The session picker below reloaded too: one session again.
  await expect(page.getByTestId('export-session-picker').locator('option')).toHaveCount(1);
  await page.screenshot({ path: screenshotPath('backups-restored-en'), fullPage: true });

  await nav(page, 'Sessions').click();
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  await expect(page.getByRole('link', { name: DEMO })).toBeVisible();

  // The same screen in French: dates, reasons and sizes in French.
  await page.getByTestId('language-switcher').selectOption('fr');
  await nav(page, 'Sauvegardes').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sauvegardes et fichiers de session' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Avant une restauration' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Manuelle' }).locator('td.num')).toHaveText(/^[\d,]+\s(ko|kB|Mo|MB)$/);
  await page.screenshot({ path: screenshotPath('backups-fr'), fullPage: true });

  // The header keeps one row at the window's default width in every language, with the new link.
  for (const lang of ['en', 'es', 'fr', 'pt']) {
    await page.getByTestId('language-switcher').selectOption(lang);
    const link = (await page.locator('.app-header__nav a').last().boundingBox())!;
    const switcher = (await page.getByTestId('language-switcher').boundingBox())!;
    expect(Math.abs(link.y + link.height / 2 - (switcher.y + switcher.height / 2)), lang).toBeLessThan(12);
  }
});

test('session files: export the demo, import it back keeping both, refuse a bad file', async ({ page, app }) => {
  await openBackups(page, app.url);
  const picker = page.getByTestId('export-session-picker');
  await expect(picker.locator('option')).toHaveCount(1);
  await expect(picker.locator('option').first()).toHaveText(DEMO);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export session file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.sessiondesk$/);
  const file = fs.readFileSync((await download.path())!);
  expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByTestId('export-done')).toContainText(download.suggestedFilename());

  // Import it back: first what it holds, then the choice, since the session is already here.
  // The file button is the next stop of the keyboard after the export button.
  const input = page.getByLabel('Choose a session file…');
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.getByTestId('import-session').screenshot({ path: screenshotPath('bundle-import-focus-en') });
  await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: file });
  const summary = page.getByTestId('bundle-summary');
  await expect(summary).toBeFocused();
  await expect(page.getByTestId('bundle-title')).toHaveText(DEMO);
  await expect(page.getByTestId('bundle-count-agendaItems')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('bundle-count-speakers')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('bundle-exists')).toContainText('This session is already here');
  await expect(summary.getByRole('button', { name: 'Replace' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('bundle-summary-en'), fullPage: true });
  await summary.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByTestId('import-done')).toContainText('is imported');
  await expect(picker.locator('option')).toHaveCount(2);

  await nav(page, 'Sessions').click();
  await expect(page.getByTestId('session-row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: DEMO })).toHaveCount(2);

  // A text file renamed .sessiondesk, in Spanish: refused with the translated message and why; nothing changed.
  await page.getByTestId('language-switcher').selectOption('es');
  await nav(page, 'Respaldos').click();
  await page.getByLabel('Elegir un archivo de sesión…').setInputFiles({
    name: 'notas.sessiondesk',
    mimeType: 'text/plain',
    buffer: Buffer.from('Notas de la reunión: esto no es un archivo de sesión.\n'),
  });
  const refused = page.getByTestId('import-refused');
  await expect(refused).toContainText('Este archivo no se importó.');
  await expect(refused).toContainText('No se puede usar este archivo');
  await expect(refused).toHaveAttribute('data-error-code', 'bad_file');
  await expect(refused.getByTestId('refusal-issues').locator('li').first()).not.toBeEmpty();
  await expect(refused).not.toContainText(/at .+\.ts:\d+/);
  await expect(page.getByTestId('bundle-summary')).toHaveCount(0);
  await expect(page.getByTestId('export-session-picker').locator('option')).toHaveCount(2);
  await page.screenshot({ path: screenshotPath('bundle-refused-es'), fullPage: true });
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, screenshotPath, test } from './fixtures';
import { callApi } from './page-data';

/** A session of 2021 beside the demo (2023): the search finds both, the year filter one. */
async function session2021(page: Page): Promise<string> {
  const [body] = await callApi<{ id: string }[]>(page, 'bodies.list', {});
  const session = await callApi<{ id: string }>(page, 'sessions.create', {
    bodyId: body!.id,
    title: {
      en: 'Labour migration and regularization',
      es: 'Migración laboral y regularización',
      fr: 'Migration de travail et régularisation',
      pt: 'Migração laboral e regularização',
    },
    date: '2021-06-15',
    startTime: '10:00',
    endTime: '13:00',
    room: '',
    modality: 'hybrid',
    originalLanguage: 'es',
    status: 'draft',
  });
  return session.id;
}

test('archive search: Ctrl+K, search without accents, filter by year, language and kind, open a hit with the keyboard', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('link', { name: /Annual session on migration governance/ })).toBeVisible();
  const sessionId = await session2021(page);

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the archive' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('combobox', { name: 'Search every session' });
  await expect(field).toBeFocused();

  // "regularizacion" without its accent finds the 2021 session in Spanish and Portuguese
  await field.fill('regularizacion');
  const results = dialog.getByRole('listbox', { name: 'Results' });
  await expect(results.getByRole('group', { name: /^2021 · Labour migration and regularization$/ })).toBeVisible();
  await expect(results.getByRole('option').filter({ hasText: 'Migración laboral y regularización' })).toHaveCount(1);

  // "migra" is a prefix: both years; the demo (2023) comes first
  await field.fill('migra');
  const groups = results.getByRole('group');
  await expect(groups.first()).toHaveAccessibleName(/^2023 · /);
  await expect(results.getByRole('group', { name: /^2021 · / })).toBeVisible();

  await dialog.getByLabel('Year').selectOption('2021');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toHaveAccessibleName(/^2021 · /);
  await dialog.getByLabel('Language').selectOption('fr');
  await dialog.getByLabel('Kind').selectOption('title');
  const options = results.getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Session title · FR');
  await expect(options.first().locator('mark')).toHaveText('Migration');
  await page.screenshot({ path: screenshotPath('archive-search-en'), fullPage: false });

  const axe = await new AxeBuilder({ page }).include('[data-testid="archive-search"]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // arrows move, Enter opens the session; the dialog closes
  await field.focus();
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/sessions/${sessionId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Labour migration and regularization');

  // the header's button opens it too; Escape closes it
  await page.getByRole('button', { name: /Search the archive/ }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // in French: its labels, the kinds and the hint
  await page.getByTestId('language-switcher').selectOption('fr');
  await page.keyboard.press('Control+k');
  const dialogFr = page.getByRole('dialog', { name: 'Rechercher dans les archives' });
  await expect(dialogFr).toBeVisible();
  await dialogFr.getByRole('combobox', { name: 'Rechercher dans toutes les séances' }).fill('régularisation');
  // the filters chosen before stay: 2021, French, titles
  const hitsFr = dialogFr.getByRole('listbox', { name: 'Résultats' }).getByRole('option');
  await expect(hitsFr).toHaveCount(1);
  await expect(hitsFr.first()).toContainText('Titre de la séance · FR');
  await page.screenshot({ path: screenshotPath('archive-search-fr'), fullPage: false });
});

import { expect, screenshotPath, test } from './fixtures';
import { openDemo } from './screens-helpers';

test('the editing screens in Spanish, French and Portuguese', async ({ page, app }) => {
  await openDemo(page, app.url, /^Agenda$/);
  await page.getByTestId('language-switcher').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Orden del día' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toContainText('Todos los cambios guardados');
  await expect(page.getByTestId('builder-item').first().getByTestId('item-title')).toHaveValue(
    'Palabras de apertura de la Presidencia de la Comisión',
  );
  await expect(page.getByTestId('builder-item').first().getByText('Título (español)')).toBeVisible();
  await expect(page.getByTestId('builder-item').first().getByTestId('item-start')).toHaveText('10:00');
  await page.screenshot({ path: screenshotPath('agenda-es'), fullPage: false });

  await page.getByTestId('language-switcher').selectOption('fr');
  await page.getByTestId('tab-speakers').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Liste des orateurs' })).toBeVisible();
  await expect(page.getByTestId('order-mode')).toContainText('Ordre en vigueur\u00a0:');
  await page.screenshot({ path: screenshotPath('speakers-fr'), fullPage: true });

  await page.getByTestId('language-switcher').selectOption('pt');
  await page.getByTestId('tab-details').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dados da sessão' })).toBeVisible();
  await expect(page.getByLabel('Idioma original')).toHaveValue('en');
  await expect(page.getByLabel('Idioma original').locator('option:checked')).toHaveText('inglês');
  await page.screenshot({ path: screenshotPath('details-pt'), fullPage: true });

  await page.getByRole('link', { name: 'Cadastro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cadastro' })).toBeVisible();
  await page.getByTestId('registry-search').fill('IOM');
  await expect(page.getByTestId('organization-results')).toContainText('Organização Internacional para as Migrações');
});

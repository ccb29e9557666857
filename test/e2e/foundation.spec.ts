import { expect, screenshotPath, test } from './fixtures';

test.describe('the browser mode on a first start', () => {
  test('shows the demo session in the list and its overview', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    // the token left the address bar once it was read
    await expect(page).not.toHaveURL(/token=/);
    const link = page.getByRole('link', { name: /Annual session on migration governance/ });
    await expect(link).toBeVisible();
    await expect(page.getByTestId('session-row')).toHaveCount(1);
    await expect(page.getByTestId('session-row')).toContainText('May 9, 2023');
    await page.screenshot({ path: screenshotPath('foundation-list-en'), fullPage: true });

    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Annual session on migration governance/);
    await expect(page.getByTestId('agenda-item')).toHaveCount(6);
    await expect(page.getByRole('heading', { level: 3, name: /^3\. Panel/ })).toBeVisible();
    const panel = page.getByTestId('speaker-table').first();
    await expect(panel.getByTestId('speaker-row')).toHaveCount(6);
    await expect(panel).toContainText('Regional Conference on Migration');
    await expect(page.getByTestId('schedule-ok')).toBeVisible();
    await expect(page.getByTestId('guiding-questions').getByRole('listitem')).toHaveCount(2);
    await page.screenshot({ path: screenshotPath('foundation-overview-en'), fullPage: true });
  });

  test('switching to Spanish shows Spanish labels, and the choice survives a reload', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByLabel('Language').selectOption('es');
    await expect(page.getByRole('heading', { level: 1, name: 'Sesiones' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByTestId('session-row')).toContainText('9 de mayo de 2023');
    await page.getByRole('link', { name: /Sesión anual sobre gobernanza migratoria/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Orden del día', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /Aprobación del orden del día/ })).toBeVisible();
    await expect(page.getByTestId('speaker-table').nth(1)).toContainText('México');
    await page.screenshot({ path: screenshotPath('foundation-overview-es'), fullPage: true });

    await page.reload();
    await expect(page.getByLabel('Idioma')).toHaveValue('es');
    await expect(page.getByRole('heading', { level: 2, name: 'Preguntas orientadoras' })).toBeVisible();
  });

  test('an API error shows its translated message, never a stack', async ({ page, app }) => {
    await page.goto(app.url.replace(/token=[0-9a-f]+/, 'token=00'));
    await expect(page.getByTestId('error-notice')).toHaveAttribute('data-error-code', 'unauthorized');
    await expect(page.getByTestId('error-notice')).not.toContainText(/\.ts:\d+|at \w+ \(/);
  });
});

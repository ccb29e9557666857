import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, screenshotPath, test } from './fixtures';
import { openDemo } from './screens-helpers';

/** US Letter less the print stylesheet's margins of 0.6 inch, in CSS pixels. */
const PRINTABLE_WIDTH = Math.floor((8.5 - 1.2) * 96);

const screens = [
  { name: 'overview', ready: 'agenda', testId: 'agenda' },
  { name: 'agenda', ready: 'agenda-builder', testId: 'print-view' },
  { name: 'speakers', ready: 'speaker-editor', testId: 'print-view' },
] as const;

const expected = {
  en: { speaker: 'Ms. Laura Méndez Ortiz', item: 'Panel: the regional consultative mechanisms' },
  es: { speaker: 'Ms. Laura Méndez Ortiz', item: 'Panel: los mecanismos y procesos consultivos regionales' },
  fr: { speaker: 'Ms. Laura Méndez Ortiz', item: 'Table ronde : les mécanismes et processus consultatifs' },
  pt: { speaker: 'Ms. Laura Méndez Ortiz', item: 'Painel: os mecanismos e processos consultivos regionais' },
};

/** Texts of buttons and navigation that must not reach the paper. */
const noControls = {
  en: /Add a speaker|Add an item|Print|Sessions\s+Registry/,
  es: /Agregar|Imprimir/,
  fr: /Ajouter|Imprimer/,
  pt: /Adicionar|Imprimir/,
};

/** What the page prints: no navigation, no form control, nothing wider than the page. */
async function expectPrintable(page: Page): Promise<void> {
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(await page.locator('button:visible, input:visible, select:visible, textarea:visible').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_WIDTH);
  for (const table of await page.locator('table:visible').all()) {
    const box = (await table.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PRINTABLE_WIDTH);
  }
}

for (const lang of ['en', 'es', 'fr', 'pt'] as const) {
  test(`the overview, the order of business and the list of speakers print cleanly (${lang})`, async ({
    page,
    app,
  }) => {
    await openDemo(page, app.url);
    await page.getByTestId('language-switcher').selectOption(lang);
    for (const screen of screens) {
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.emulateMedia({ media: 'screen' });
      await page.getByTestId(`tab-${screen.name}`).click();
      await expect(page.getByTestId(`tab-${screen.name}`)).toHaveAttribute('aria-current', 'page');
      await expect(page.getByTestId(screen.ready)).toBeVisible();
      await expect(page.getByTestId('print-view')).toHaveCount(0);

      await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      const view = page.getByTestId(screen.testId);
      await expect(view).toBeVisible();
      await expect(view).toContainText(expected[lang].item);
      if (screen.name !== 'agenda') await expect(view).toContainText(expected[lang].speaker);
      await expectPrintable(page);
      await page.screenshot({ path: screenshotPath(`print-${screen.name}-${lang}`), fullPage: true });

      const pdfPath = screenshotPath(`print-${screen.name}-${lang}`).replace(/\.png$/, '.pdf');
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, ' ')).toContain(expected[lang].item.replace(/\s+/g, ' '));
      expect(text).not.toMatch(noControls[lang]);
      const size = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      expect(size).toMatch(/Page size:\s+612 x 792 pts/);
    }
  });
}

test('the Print button opens the print dialog', async ({ page, app }) => {
  await openDemo(page, app.url, /^Speakers$/);
  await expect(page.getByTestId('speaker-editor')).toBeVisible();
  // Headless Chromium prints at once: the page is told it is about to be printed.
  const printed = page.evaluate(
    () =>
      new Promise<boolean>((resolve) => window.addEventListener('beforeprint', () => resolve(true), { once: true })),
  );
  await page.getByTestId('print').click();
  expect(await printed).toBe(true);
  await expect(page.getByTestId('print-view')).toBeAttached();
});

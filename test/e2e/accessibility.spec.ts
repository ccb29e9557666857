import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi } from './page-data';
import { openDemo } from './screens-helpers';

/*
 * Every screen, with the demo session, in English and in French: axe-core's WCAG 2 A and AA rules find no
 * serious or critical violation. The counts of every impact are printed for the record.
 */

interface Version {
  content: { titleBlock: { title: string } };
}

/** The demo's ids, and a Spanish version of its concept paper so the translation screens have two sides. */
async function demoIds(page: Page): Promise<{ session: string; paper: string; dialogue: string }> {
  const [session] = await callApi<{ id: string }[]>(page, 'sessions.list', {});
  const docs = await callApi<{ id: string; kind: string }[]>(page, 'documents.list', { sessionId: session!.id });
  const paper = docs.find((d) => d.kind === 'concept_paper')!;
  const [english] = await callApi<Version[]>(page, 'documentVersions.list', { documentId: paper.id });
  const content = structuredClone(english!.content);
  content.titleBlock.title = 'Sesión anual sobre la gobernanza de la migración';
  await callApi(page, 'documentVersions.create', {
    documentId: paper.id,
    language: 'es',
    status: 'received',
    content,
    controlNumber: '',
  });
  const items = await callApi<{ id: string; kind: string }[]>(page, 'agendaItems.list', { sessionId: session!.id });
  return { session: session!.id, paper: paper.id, dialogue: items.find((i) => i.kind === 'dialogue')!.id };
}

const screens = ({ session, paper, dialogue }: { session: string; paper: string; dialogue: string }) =>
  [
    ['session list', '#/'],
    ['overview', `#/sessions/${session}`],
    ['details', `#/sessions/${session}/details`],
    ['agenda', `#/sessions/${session}/agenda`],
    ['speakers', `#/sessions/${session}/speakers/${dialogue}`],
    ['questions', `#/sessions/${session}/questions`],
    ['concept paper editor', `#/sessions/${session}/documents/${paper}/en`],
    ['registry', '#/registry'],
    ['backups', '#/backups'],
    ['translation versions', `#/sessions/${session}/documents/${paper}`],
    ['translation changes', `#/sessions/${session}/documents/${paper}/changes/es`],
    ['side by side', `#/sessions/${session}/documents/${paper}/side-by-side/es`],
    ['not found', '#/nowhere'],
  ] as const;

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;

for (const lang of ['en', 'fr'] as const) {
  test(`every screen has no serious or critical accessibility violation (${lang})`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await openDemo(page, app.url);
    const ids = await demoIds(page);
    await page.getByTestId('language-switcher').selectOption(lang);
    const failures: string[] = [];
    for (const [name, hash] of screens(ids)) {
      await page.evaluate((target) => {
        window.location.hash = target;
      }, hash);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('[aria-busy="true"], .loading')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const counts = new Map<string, number>(IMPACTS.map((impact) => [impact, 0]));
      for (const violation of results.violations) {
        const impact = violation.impact ?? 'minor';
        counts.set(impact, (counts.get(impact) ?? 0) + violation.nodes.length);
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          for (const node of violation.nodes)
            failures.push(`${name}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}`);
        }
      }
      console.log(
        `axe ${lang} ${name}: ${IMPACTS.map((impact) => `${counts.get(impact)} ${impact}`).join(', ')}` +
          (results.violations.length ? ` [${results.violations.map((v) => v.id).join(', ')}]` : ''),
      );
    }
    expect(failures).toEqual([]);
  });
}

const itemNames = {
  en: {
    item: 'Item 3: ',
    title: 'Title',
    kind: 'Kind',
    minutes: 'Minutes',
    others: 'Other symbols',
    langs: ['English', 'Spanish'],
  },
  es: {
    item: 'Tema 3: ',
    title: 'Título',
    kind: 'Tipo',
    minutes: 'Minutos',
    others: 'Otras signaturas',
    langs: ['español', 'inglés'],
  },
  fr: {
    item: 'Point 3 : ',
    title: 'Titre',
    kind: 'Type',
    minutes: 'Minutes',
    others: 'Autres cotes',
    langs: ['français', 'anglais'],
  },
  pt: {
    item: 'Item 3: ',
    title: 'Título',
    kind: 'Tipo',
    minutes: 'Minutos',
    others: 'Outros símbolos',
    langs: ['português', 'inglês'],
  },
} as const;

test('each agenda row’s fields are named with the item’s number, in the four languages', async ({ page, app }) => {
  await openDemo(page, app.url, /^Agenda$/);
  const row = page.getByTestId('builder-item').nth(2);
  for (const lang of ['en', 'es', 'fr', 'pt'] as const) {
    await page.getByTestId('language-switcher').selectOption(lang);
    const n = itemNames[lang];
    const [own, other] = n.langs;
    await expect(row.getByRole('textbox', { name: `${n.item}${n.title} (${own})`, exact: true }).first()).toBeVisible();
    await expect(row.getByRole('combobox', { name: `${n.item}${n.kind}`, exact: true })).toBeVisible();
    await expect(row.getByRole('spinbutton', { name: `${n.item}${n.minutes}`, exact: true })).toBeVisible();
    await expect(row.getByRole('textbox', { name: `${n.item}${n.others}`, exact: true })).toBeVisible();
    await row.locator('summary').click();
    await expect(row.getByRole('textbox', { name: `${n.item}${n.title} (${other})`, exact: true })).toBeVisible();
    await row.locator('summary').click();
  }
  // The annotation's editor too.
  await row.getByTestId('edit-annotation').first().click();
  await expect(row.getByTestId('annotation-body')).toHaveAttribute('aria-label', 'Item 3: Anotação (português)');
});

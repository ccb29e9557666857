import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi, demoPaperWithSpanish } from './page-data';
import { openDemo } from './screens-helpers';

/*
 * Every screen, with the demo session, in English and in French: axe-core's WCAG 2 A and AA rules find no
 * serious or critical violation. The counts of every impact are printed for the record.
 */

/** The demo's ids, and a Spanish version of its concept paper so the translation screens have two sides. */
async function demoIds(page: Page): Promise<Ids> {
  const { sessionId, documentId } = await demoPaperWithSpanish(page);
  const items = await callApi<{ id: string; kind: string }[]>(page, 'agendaItems.list', { sessionId });
  return {
    session: sessionId,
    paper: documentId,
    dialogue: items.find((i) => i.kind === 'dialogue')!.id,
    panel: items.find((i) => i.kind === 'panel')!.id,
  };
}

interface Ids {
  session: string;
  paper: string;
  dialogue: string;
  panel: string;
}

/** Each screen: its address, what shows it has loaded, and optionally a state to reach on it before the check. */
interface Screen {
  name: string;
  hash: string;
  ready: (page: Page) => Locator;
  prepare?: (page: Page) => Promise<void>;
}

const byTestId = (id: string) => (page: Page) => page.getByTestId(id).first();

const screens = ({ session, paper, dialogue, panel }: Ids): Screen[] => [
  { name: 'session list', hash: '#/', ready: byTestId('session-table') },
  { name: 'overview', hash: `#/sessions/${session}`, ready: byTestId('session-facts') },
  {
    name: 'overview, starting from this session',
    hash: `#/sessions/${session}`,
    ready: byTestId('session-facts'),
    prepare: async (page) => {
      await page.getByTestId('start-from').click();
      await expect(page.getByTestId('start-from-form')).toBeVisible();
    },
  },
  { name: 'details', hash: `#/sessions/${session}/details`, ready: byTestId('documents-table') },
  { name: 'agenda', hash: `#/sessions/${session}/agenda`, ready: byTestId('agenda-builder') },
  {
    name: 'agenda, an annotation open',
    hash: `#/sessions/${session}/agenda`,
    ready: byTestId('agenda-builder'),
    prepare: async (page) => {
      await page.getByTestId('edit-annotation').first().click();
      await expect(page.getByTestId('annotation-body')).toBeVisible();
    },
  },
  { name: 'speakers', hash: `#/sessions/${session}/speakers/${dialogue}`, ready: byTestId('speaker-editor') },
  {
    name: 'speakers, past the slot',
    hash: `#/sessions/${session}/speakers/${dialogue}`,
    ready: byTestId('speaker-editor'),
    prepare: async (page) => {
      await page.getByTestId('speaker-minutes').first().fill('59');
      await expect(page.getByTestId('speakers-overflow')).toBeVisible();
    },
  },
  {
    name: 'details, speakers past the slot',
    hash: `#/sessions/${session}/details`,
    ready: byTestId('speakers-past-slot'),
  },
  { name: 'questions', hash: `#/sessions/${session}/questions`, ready: byTestId('questions-editor') },
  {
    name: 'the chair’s floor, a panelist speaking',
    hash: `#/sessions/${session}/floor`,
    ready: byTestId('floor-chair'),
    prepare: async (page) => {
      await page.getByTestId('floor-item').selectOption(panel);
      await page.getByTestId('floor-open-item').click();
      await expect(page.getByTestId('floor-queue-row').first()).toBeVisible();
      await page.getByTestId('floor-next-speaker').click();
      await expect(page.getByTestId('floor-clock')).toBeVisible();
    },
  },
  { name: 'the room display', hash: `#/sessions/${session}/floor/display`, ready: byTestId('display-speech') },
  {
    name: 'concept paper editor',
    hash: `#/sessions/${session}/documents/${paper}/en`,
    ready: byTestId('document-editor'),
  },
  { name: 'registry', hash: '#/registry', ready: byTestId('registry-search') },
  { name: 'backups', hash: '#/backups', ready: byTestId('backup-now') },
  {
    name: 'translation versions',
    hash: `#/sessions/${session}/documents/${paper}`,
    ready: byTestId('translation-heading'),
  },
  {
    name: 'translation changes',
    hash: `#/sessions/${session}/documents/${paper}/changes/es`,
    ready: byTestId('changes-heading'),
  },
  {
    name: 'side by side',
    hash: `#/sessions/${session}/documents/${paper}/side-by-side/es`,
    ready: byTestId('side-row'),
  },
  {
    name: 'not found',
    hash: '#/nowhere',
    ready: (page) => page.locator('.app-main > .screen:not(.session-screen) > h1'),
  },
];

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;

for (const lang of ['en', 'fr'] as const) {
  test(`every screen has no serious or critical accessibility violation (${lang})`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await openDemo(page, app.url);
    const ids = await demoIds(page);
    await page.getByTestId('language-switcher').selectOption(lang);
    const failures: string[] = [];
    for (const { name, hash, ready, prepare } of screens(ids)) {
      await page.evaluate((target) => {
        window.location.hash = target;
      }, hash);
      await expect(ready(page)).toBeVisible();
      await expect(page.locator('[aria-busy="true"], .loading')).toHaveCount(0);
      await prepare?.(page);
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
          (results.violations.length ? ` [${results.violations.map((v) => v.id).join(', ')}]` : '') +
          ` (${results.passes.length} rules passed, ${results.incomplete.length} to review by hand)`,
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

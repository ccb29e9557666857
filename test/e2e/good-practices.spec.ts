import { expect, screenshotPath, test } from './fixtures';
import { callApi } from './page-data';
import { expectSaved } from './screens-helpers';

/*
 * Issue 18: the Secretariat records, after the session, a good practice a panelist's mechanism shared
 * on the floor (from the record of the held demo), writes an item's summary for the report, and
 * sees the screen in Spanish.
 */
test('a good practice is recorded from the floor’s record, and an item’s summary written', async ({ app, page }) => {
  await page.goto(app.url);
  const { sessionId } = await callApi<{ sessionId: string }>(page, 'demo.create', { held: true });
  await page.goto(`${app.url.split('#')[0]}#/sessions/${sessionId}/practices`);
  await expect(page.getByRole('heading', { level: 1, name: 'Good practices and report' })).toBeVisible();

  // the held demo's record: six panelists, five delegations; five practices already there
  await expect(page.getByTestId('practice-record-entry')).toHaveCount(11);
  await expect(page.getByTestId('practice-row')).toHaveCount(5);

  await page.getByRole('button', { name: 'Record a good practice from Ms. Laura Méndez Ortiz' }).click();
  const form = page.getByTestId('practice-form');
  await expect(form.getByText('From the record: Ms. Laura Méndez Ortiz, item 3.')).toBeVisible();
  // the record entry names the mechanism the panelist spoke for, and the practice was said on the floor
  await expect(form.getByTestId('practice-organization').locator('option:checked')).toHaveText(
    'Regional Conference on Migration',
  );
  await expect(form.getByTestId('practice-channel-floor')).toBeChecked();
  await form.getByTestId('practice-question').selectOption({ index: 2 });
  await form.getByTestId('practice-title').fill('A shared early-warning calendar');
  await form.getByTestId('practice-text').fill('The member countries share a calendar of expected movements.');
  await form.getByTestId('practice-save').click();
  await expect(page.getByTestId('practice-status')).toHaveText('Saved: A shared early-warning calendar.');
  await expect(page.getByTestId('practice-row')).toHaveCount(6);

  const practices = await callApi<{ title: { en: string }; channel: string; recordEntryId: string | null }[]>(
    page,
    'goodPractices.list',
    { sessionId },
  );
  const added = practices.find((p) => p.title.en === 'A shared early-warning calendar')!;
  expect(added.channel).toBe('floor');
  expect(added.recordEntryId).not.toBeNull();

  // the summary of item 5 (Other business), written in English, saved as typed
  const summary = page.getByTestId('item-summary').nth(4);
  await summary.fill('No other business was raised.\nThe Chair thanked the interpreters.');
  await expectSaved(page);
  const report = await callApi<{ summaries: { summary: { en: { content: unknown[] } } }[] }>(
    page,
    'sessionReport.get',
    { sessionId },
  );
  expect(report.summaries.some((s) => s.summary.en.content.length === 2)).toBe(true);

  await page.getByTestId('practice-record').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('good-practices'), fullPage: true });

  await page.getByTestId('language-switcher').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Buenas prácticas e informe' })).toBeVisible();
  await expect(page.getByTestId('practice-list')).toContainText('Conferencia Regional sobre Migración');
  await page.screenshot({ path: screenshotPath('good-practices-es'), fullPage: true });
});

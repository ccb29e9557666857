import type { Page } from '@playwright/test';
import { expect, screenshotPath, test } from './fixtures';
import { callApi } from './page-data';
import { expectSaved, newSession, openDemo } from './screens-helpers';

/** The `data-row-id` of the row holding the focused element, and the focused element's test id or tag. */
const focusIn = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      row: active?.closest<HTMLElement>('[data-row-id]')?.dataset.rowId ?? null,
      what: active?.dataset.testid ?? active?.tagName.toLowerCase() ?? null,
    };
  });

test('an impossible date and a too-long title are refused by name, and nothing of them is saved', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url);
  await page.getByTestId('tab-details').click();
  const date = page.getByTestId('session-date');
  const title = page.getByTestId('session-title-field-en');
  await expect(date).toHaveValue('05/09/2023');
  const oldTitle = await title.inputValue();

  // 02/30/2023 is no day: refused at once, named, and the header does not claim it saved.
  await date.fill('02/30/2023');
  await expect(page.getByTestId('session-date-field')).toContainText('Date: there is no such day');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByTestId('save-status')).toContainText('Not saved');
  // Half typed: said on leaving the field, with the form expected.
  await date.fill('05/0');
  await date.blur();
  await expect(page.getByTestId('session-date-field')).toContainText('Date: not a date; write it as mm/dd/yyyy');

  await title.fill('x'.repeat(2001));
  await expect(page.getByTestId('session-title-field')).toContainText('Title (English): at most 2,000 characters');
  await page.screenshot({ path: screenshotPath('forms-refusals-en'), fullPage: false });

  // Leaving flushes whatever waits: nothing did, so the old values are still stored.
  await page.reload();
  await expect(date).toHaveValue('05/09/2023');
  await expect(title).toHaveValue(oldTitle);
  await expectSaved(page);

  // The agenda: a duration out of range is refused with the range; an emptied title everywhere is refused too.
  await page.getByTestId('tab-agenda').click();
  const first = page.getByTestId('builder-item').first();
  await first.getByTestId('item-duration').fill('2000');
  await expect(first.getByTestId('item-duration-error')).toHaveText('Duration: 0 to 1,440 minutes');
  await first.getByTestId('item-duration').fill('15');
  await expect(first.getByTestId('item-duration-error')).toHaveCount(0);
  await expectSaved(page);
  const overview = await callApi<{ agendaItems: { id: string; title: Record<string, string> }[] }>(
    page,
    'sessions.overview',
    { id: page.url().match(/sessions\/([0-9a-f-]{36})/)![1] },
  );
  const refused = await page.evaluate(async (id) => {
    const token = sessionStorage.getItem('sessionDesk.token');
    const response = await fetch('/api/agendaItems.update', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ id, patch: { title: { en: '', es: '', fr: '', pt: '' } } }),
    });
    return response.json();
  }, overview.agendaItems[0]!.id);
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'validation', issues: [{ path: 'patch.title', rule: { kind: 'oneLanguage' } }] },
  });

  // In Spanish the same refusals speak Spanish and the date reads day/month/year.
  await page.getByTestId('language-switcher').selectOption('es');
  await page.getByTestId('tab-details').click();
  await expect(date).toHaveValue('09/05/2023');
  await expect(page.getByTestId('session-date-field')).toContainText('Fecha (dd/mm/aaaa)');
  await date.fill('30/02/2023');
  await expect(page.getByTestId('session-date-field')).toContainText('Fecha: ese día no existe');
  await page.getByTestId('session-start').fill('25:00');
  await expect(page.getByTestId('session-start-field')).toContainText('Comienza a las: esa hora no existe');
  await page.screenshot({ path: screenshotPath('forms-refusals-es'), fullPage: false });
  await date.fill('10/05/2023');
  await expect(page.getByTestId('session-date-field')).toContainText('Se entiende 10 de mayo de 2023.');
  await page.getByTestId('session-start').fill('10:00');
  await expectSaved(page);
  await page.reload();
  await expect(date).toHaveValue('10/05/2023');
});

test('a due date before the sending date warns without refusing', async ({ page, app }) => {
  await openDemo(page, app.url);
  const sessionId = page.url().match(/sessions\/([0-9a-f-]{36})/)![1]!;
  const overview = await callApi<{ documents: { id: string; kind: string }[] }>(page, 'sessions.overview', {
    id: sessionId,
  });
  const paper = overview.documents.find((d) => d.kind === 'concept_paper')!;
  await page.evaluate(([s, d]) => (location.hash = `#/sessions/${s}/documents/${d}`), [sessionId, paper.id]);
  const form = page.getByTestId('send-form');
  await form.getByTestId('send-due').fill('04/28/2023');
  await expect(form.getByTestId('send-due-warning')).toContainText('Due date: before the sending date');
  await form.getByTestId('send-due').fill('12/31/2999');
  await expect(form.getByTestId('send-due-warning')).toHaveCount(0);
  // A due date that is no day keeps the form from sending the last good one.
  await form.getByTestId('send-es').check();
  await form.getByTestId('send-due').fill('02/30/2999');
  await expect(form.getByTestId('send-due-field')).toContainText('Due date: there is no such day');
  await expect(form.getByTestId('send-button')).toBeDisabled();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
});

test('focus stays in the list after adding or removing a row', async ({ page, app }) => {
  await openDemo(page, app.url, /^Agenda$/);
  const items = page.getByTestId('builder-item');
  await expect(items.first()).toBeVisible();
  const ids = await items.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.rowId!));
  // Remove item 2: focus goes to the next item's first field (its title), not to the top of the page.
  await items.nth(1).getByTestId('delete-item').click();
  await expect(items).toHaveCount(ids.length - 1);
  expect(await focusIn(page)).toEqual({ row: ids[2], what: 'item-title' });
  // Remove the last: to the one before it.
  await items.last().getByTestId('delete-item').click();
  expect(await focusIn(page)).toEqual({ row: ids.at(-2), what: 'item-title' });
  // Add: to the new item's title.
  await page.getByTestId('add-item').click();
  await expect(items).toHaveCount(ids.length - 1);
  const added = await items.last().getAttribute('data-row-id');
  expect(await focusIn(page)).toEqual({ row: added, what: 'item-title' });

  // Speakers: the added one's first field, then the next row after a removal.
  await page.getByTestId('tab-speakers').click();
  const rows = page.getByTestId('speaker-row');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await page.getByTestId('new-speaker-role').selectOption('delegation');
  await page.getByTestId('new-speaker-organization').selectOption({ label: 'Chile' });
  await page.getByTestId('add-speaker-submit').click();
  await expect(rows).toHaveCount(before + 1);
  const chile = await rows.last().getAttribute('data-row-id');
  await expect.poll(async () => (await focusIn(page)).row).toBe(chile);
  const speakerIds = await rows.evaluateAll((r) => r.map((x) => (x as HTMLElement).dataset.rowId!));
  await rows.first().getByTestId('speaker-delete').click();
  await expect(rows).toHaveCount(before);
  expect((await focusIn(page)).row).toBe(speakerIds[1]);
  // The time of a request is the app's field too: an impossible day is refused by name and not saved.
  const requested = rows.first().getByTestId('speaker-requested');
  const stored = await requested.inputValue();
  expect(stored).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{1,2}:\d{2}(:\d{2})? [ap]\.m\.$/);
  await requested.fill('02/30/2023 10:00 a.m.');
  await expect(rows.first()).toContainText(': there is no such day');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'invalid');
  await page.screenshot({ path: screenshotPath('forms-focus-speakers'), fullPage: false });
  await requested.fill(stored);
  await expectSaved(page);

  // Guiding questions: removing the only one left puts focus on "Add a question".
  await page.getByTestId('tab-questions').click();
  const questions = page.locator('[data-row-id]');
  await expect(page.getByRole('button', { name: 'Delete question 1' })).toBeVisible();
  for (let n = await questions.count(); n > 1; n--) {
    await page.getByRole('button', { name: `Delete question ${n}` }).click();
    await expect(questions).toHaveCount(n - 1);
    expect((await focusIn(page)).row).not.toBeNull();
  }
  await page.getByRole('button', { name: 'Delete question 1' }).click();
  await expect(page.getByTestId('add-question')).toBeFocused();
  await page.getByTestId('add-question').click();
  await expect(questions).toHaveCount(1);
  expect((await focusIn(page)).row).toBe(await questions.first().getAttribute('data-row-id'));

  // Documents: the new row's first control.
  await page.getByTestId('tab-details').click();
  const documents = page.getByTestId('document-row');
  await expect(documents.first()).toBeVisible();
  const documentCount = await documents.count();
  await page.getByLabel('Kind of document').selectOption('note');
  await page.getByRole('button', { name: 'Add the document' }).click();
  await expect(documents).toHaveCount(documentCount + 1);
  await expect.poll(async () => (await focusIn(page)).row).not.toBeNull();
  expect(await documents.evaluateAll((r) => r.map((x) => (x as HTMLElement).dataset.rowId))).toContain(
    (await focusIn(page)).row,
  );

  // Registry: a new person's editor gets the focus; deleting the entry sends it to the add form.
  await page.evaluate(() => (location.hash = '#/registry'));
  await page.getByTestId('registry-tab-people').click();
  await page.getByTestId('new-person-name').fill('Focus Test Person');
  await page.getByTestId('add-person').click();
  const editor = page.getByTestId('person-editor');
  await expect(editor).toContainText('Focus Test Person');
  await expect.poll(async () => (await focusIn(page)).row).toBe(await editor.getAttribute('data-row-id'));
  await editor.getByRole('button', { name: /^Delete/ }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByTestId('new-person-name')).toBeFocused();
});

test('New session asks a title and a date first; a session is deleted after a backup', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('language-switcher').selectOption('es');
  await page.getByTestId('new-session').click();
  const dialog = page.getByTestId('new-session-form');
  await expect(dialog.getByTestId('new-session-title')).toBeFocused();
  await expect(dialog).toContainText('Título (español)');
  await expect(dialog).toContainText('Fecha (dd/mm/aaaa)');
  await dialog.getByTestId('new-session-date').fill('30/02/2027');
  await dialog.getByTestId('new-session-create').click();
  await expect(dialog).toContainText('Título: no puede quedar vacío');
  await expect(dialog).toContainText('Fecha: ese día no existe');
  await page.screenshot({ path: screenshotPath('forms-new-session-es'), fullPage: false });
  await dialog.getByTestId('new-session-title').fill('Sesión extraordinaria sobre movilidad laboral');
  await dialog.getByTestId('new-session-date').fill('09/05/2027');
  await dialog.getByTestId('new-session-create').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Datos de la sesión' })).toBeVisible();
  await expect(page.getByTestId('session-title-field-es')).toHaveValue('Sesión extraordinaria sobre movilidad laboral');
  await expect(page.getByTestId('session-date')).toHaveValue('09/05/2027');
  await expectSaved(page);

  // Back in English: delete it from the list, asked first, with a backup made before.
  await page.getByTestId('language-switcher').selectOption('en');
  await page.getByRole('link', { name: 'Sessions', exact: true }).first().click();
  const rows = page.getByTestId('session-row');
  await expect(rows.filter({ hasText: 'Sesión extraordinaria sobre movilidad laboral' })).toHaveCount(1);
  const count = await rows.count();
  await newSession(page, 'Session to delete', '12/01/2027');
  await page.getByRole('link', { name: 'Sessions', exact: true }).first().click();
  await expect(rows).toHaveCount(count + 1);
  const row = rows.filter({ hasText: 'Session to delete' });
  await row.getByTestId('delete-session').click();
  await expect(row).toContainText('A backup of all your data is made first.');
  await page.screenshot({ path: screenshotPath('forms-delete-session-en'), fullPage: false });
  await row.getByTestId('confirm-delete-session').click();
  const notice = page.getByTestId('session-deleted');
  await expect(notice).toContainText('The session “Session to delete” was deleted.');
  await expect(notice).toContainText('Before a deletion');
  await expect(notice).toBeFocused();
  await expect(rows).toHaveCount(count);
  const backups = await callApi<{ reason: string }[]>(page, 'backups.list', {});
  expect(backups.filter((b) => b.reason === 'pre-delete')).toHaveLength(1);
  await page.screenshot({ path: screenshotPath('forms-deleted-en'), fullPage: false });
  await notice.getByRole('link', { name: 'Open Backups' }).click();
  await expect(page.getByText('Before a deletion')).toBeVisible();
});

import { expect, screenshotPath, test } from './fixtures';
import { callApi } from './page-data';
import { openDemo } from './screens-helpers';

interface Overview {
  session: { id: string; date: string; status: string };
  agendaItems: { kind: string; title: Record<string, string> }[];
  speakers: { role: string; personId: string | null }[];
  guidingQuestions: unknown[];
  documents: { kind: string; symbol: string | null }[];
}

test("next year's session starts from this year's: asked for a date, opened as a draft, this year's untouched", async ({
  page,
  app,
}) => {
  await openDemo(page, app.url);
  const demoId = page.url().match(/sessions\/([0-9a-f-]{36})/)![1]!;
  const before = await callApi<Overview>(page, 'sessions.overview', { id: demoId });

  await page.getByTestId('start-from').click();
  const date = page.getByTestId('start-from-date');
  // a year after 9 May 2023, in the interface language's order, and focused to be typed over
  await expect(date).toHaveValue('05/09/2024');
  await expect(date).toBeFocused();
  await date.fill('05/14/2024');
  await page.screenshot({ path: screenshotPath('start-from-en'), fullPage: false });

  // Escape cancels and gives the focus back to the button; nothing is made
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('start-from')).toBeFocused();
  expect(await callApi<unknown[]>(page, 'sessions.list', {})).toHaveLength(1);

  await page.getByTestId('start-from').click();
  await page.getByTestId('start-from-date').fill('05/14/2024');
  await page.getByTestId('start-from-create').click();
  await expect(page.getByTestId('session-date')).toHaveValue('05/14/2024');
  const newId = page.url().match(/sessions\/([0-9a-f-]{36})/)![1]!;
  expect(newId).not.toBe(demoId);

  const copy = await callApi<Overview>(page, 'sessions.overview', { id: newId });
  expect(copy.session).toMatchObject({ date: '2024-05-14', status: 'draft' });
  expect(copy.agendaItems.map((i) => [i.kind, i.title])).toEqual(before.agendaItems.map((i) => [i.kind, i.title]));
  expect(copy.guidingQuestions).toHaveLength(before.guidingQuestions.length);
  expect(copy.speakers.every((s) => s.role !== 'delegation' && s.personId === null)).toBe(true);
  expect(copy.documents).toEqual([expect.objectContaining({ kind: 'concept_paper', symbol: null })]);
  expect(await callApi<Overview>(page, 'sessions.overview', { id: demoId })).toEqual(before);

  // In Spanish, the button and the form speak Spanish and the date reads day first
  await page.getByTestId('language-switcher').selectOption('es');
  await page.goto(page.url().replace(/#.*$/, `#/sessions/${newId}`));
  await page.getByTestId('start-from').click();
  await expect(page.getByTestId('start-from-form')).toContainText('Preparar la sesión del próximo año');
  await expect(page.getByTestId('start-from-date')).toHaveValue('14/05/2025');
  await page.screenshot({ path: screenshotPath('start-from-es'), fullPage: false });
});

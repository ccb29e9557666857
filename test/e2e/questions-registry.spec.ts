import { expect, screenshotPath, test } from './fixtures';
import { expectSaved, openDemo } from './screens-helpers';

test('guiding questions: add, write in two languages, assign to panelists, reorder, delete and undo', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url, /^Guiding questions$/);
  const questions = page.getByTestId('question-item');
  await expect(questions).toHaveCount(2);
  await page.getByTestId('add-question').click();
  await expect(questions).toHaveCount(3);
  const third = questions.nth(2);
  // The new question's first field (in the screen's language) has focus, ready to type.
  await expect(third.getByTestId('question-text-en')).toBeFocused();
  await third.getByTestId('question-text-en').fill('Which good practice of your mechanism could other regions adopt?');
  await third
    .getByTestId('question-text-es')
    .fill('¿Qué buena práctica de su mecanismo podrían adoptar otras regiones?');
  await third.getByRole('checkbox', { name: 'Laura Méndez Ortiz' }).check();
  await third.getByRole('checkbox', { name: 'Rodrigo Alves Pereira' }).check();
  await expectSaved(page);

  // Keyboard: move the new question to the top.
  await third.getByTestId('question-text-en').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(questions.first().getByTestId('question-text-en')).toHaveValue(
    'Which good practice of your mechanism could other regions adopt?',
  );
  await expect(questions.first().getByTestId('question-text-en')).toBeFocused();
  await expectSaved(page);
  await page.screenshot({ path: screenshotPath('questions-en'), fullPage: true });

  await page.reload();
  await expect(questions.first().getByTestId('question-text-es')).toHaveValue(
    '¿Qué buena práctica de su mecanismo podrían adoptar otras regiones?',
  );
  await expect(questions.first().getByRole('checkbox', { name: 'Laura Méndez Ortiz' })).toBeChecked();
  await expect(questions.first().getByRole('checkbox', { name: 'Daniel Castillo Rivas' })).not.toBeChecked();

  await questions.nth(1).getByRole('button', { name: 'Delete question 2' }).click();
  await expect(questions).toHaveCount(2);
  await page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(questions).toHaveCount(3);
});

test('registry: search by any name or acronym, fixed names of member states, editable contacts, people', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Registry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registry' })).toBeVisible();
  const search = page.getByTestId('registry-search');
  const results = page.getByTestId('organization-results');

  // The Spanish acronym finds the IOM; an accent-less Spanish name finds Mexico.
  await search.fill('OIM');
  await expect(results.getByRole('button')).toHaveCount(1);
  await expect(results).toContainText('International Organization for Migration');
  await search.fill('Mexico');
  await expect(results.getByRole('button', { name: /^Mexico/ })).toBeVisible();
  await search.fill('Estados Unidos');
  await results.getByRole('button', { name: /United States/ }).click();
  const editor = page.getByTestId('organization-editor');
  await expect(editor.getByTestId('reference-note')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'English' }).first()).toBeDisabled();
  await editor.getByTestId('org-email').fill('mission.usa@example.org');
  await expectSaved(page);
  await page.screenshot({ path: screenshotPath('registry-organizations-en'), fullPage: true });

  // People: add one, give an honorific, a position and an organization.
  await page.getByTestId('registry-tab-people').click();
  await page.getByTestId('new-person-name').fill('Ana Beatriz Souza');
  await page.getByTestId('add-person').click();
  const person = page.getByTestId('person-editor');
  await person.getByTestId('person-honorific').fill('Ambassador');
  await person.getByTestId('person-position').fill('Permanent Representative of Brazil');
  await person.getByTestId('person-organization').selectOption({ label: 'Brazil' });
  await expectSaved(page);
  await page.getByTestId('registry-search').fill('souza');
  await expect(page.getByTestId('people-results')).toContainText('Ambassador Ana Beatriz Souza');
  await expect(page.getByTestId('people-results')).toContainText('Permanent Representative of Brazil · Brazil');
  await page.screenshot({ path: screenshotPath('registry-people-en'), fullPage: true });

  // The contact edit of the member state was kept.
  await page.reload();
  await page.getByTestId('registry-search').fill('United States');
  await page
    .getByTestId('organization-results')
    .getByRole('button', { name: /United States/ })
    .click();
  await expect(page.getByTestId('org-email')).toHaveValue('mission.usa@example.org');
});

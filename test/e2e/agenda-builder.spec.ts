import { expect, screenshotPath, test } from './fixtures';
import { dragOnto, expectSaved, focusLosses, newSession, openDemo, watchFocusLoss } from './screens-helpers';

test('build an agenda that overruns, see the warning, fix it; reorder by keyboard and by drag; delete and undo', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await newSession(page, 'Agenda test session');
  await expectSaved(page);
  await page.getByTestId('tab-agenda').click();
  await expect(page.getByTestId('agenda-empty')).toContainText('Add the first item');

  const add = async (kind: string) => {
    await page.getByTestId('new-item-kind').selectOption(kind);
    await page.getByTestId('add-item').click();
  };
  await add('opening'); // 10 min
  await add('adoption_of_agenda'); // 5
  await add('panel'); // 60
  await add('dialogue'); // 45
  await add('closing'); // 10
  const items = page.getByTestId('builder-item');
  await expect(items).toHaveCount(5);
  // The new item's title has focus, ready to type.
  await expect(items.nth(4).getByTestId('item-title')).toBeFocused();
  await expect(items.nth(2).getByTestId('item-start')).toHaveText('10:15\u00a0a.m.');
  await expect(items.nth(4).getByTestId('item-start')).toHaveText('12:00\u00a0p.m.');
  await expect(page.getByTestId('schedule-ok')).toContainText('50 minutes left');

  // The panel grows to 130 minutes: 200 minutes in a session of 180, 20 minutes over.
  await items.nth(2).getByTestId('item-duration').fill('130');
  await expect(page.getByTestId('schedule-overrun')).toContainText('runs 20 minutes past the end');
  await expect(items.nth(4).getByTestId('item-past-end')).toBeVisible();
  await expect(items.nth(4).getByTestId('item-start')).toHaveText('1:10\u00a0p.m.');
  await expectSaved(page);
  await page.screenshot({ path: screenshotPath('agenda-overrun-en'), fullPage: true });

  // Fix it: the dialogue gives up 20 minutes.
  await items.nth(3).getByTestId('item-duration').fill('25');
  await expect(page.getByTestId('schedule-ok')).toContainText('The agenda fills the session exactly.');
  await expect(page.getByTestId('item-past-end')).toHaveCount(0);
  await expect(page.getByTestId('item-speakers-over')).toHaveCount(0);

  // Titles per language, symbols from elsewhere.
  await items.nth(2).getByTestId('item-title').fill('Panel on labour migration');
  await items.nth(2).getByLabel('Other symbols').fill('CP/CAM-5/26; CP/INF.9/26');

  // Keyboard: Alt+↓ on the panel's title moves the panel below the dialogue; focus stays in its title, never
  // leaving it, whichever of the two rows the list moves (up and down again).
  await items.nth(2).getByTestId('item-title').focus();
  await watchFocusLoss(items.nth(2).getByTestId('item-title'));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(3).getByTestId('item-title')).toHaveValue('Panel on labour migration');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items.nth(2).getByTestId('item-title')).toHaveValue('Panel on labour migration');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(3).getByTestId('item-title')).toHaveValue('Panel on labour migration');
  await expect(items.nth(3).getByTestId('item-title')).toBeFocused();
  expect(await focusLosses(page)).toBe(0);
  await expect(page.getByTestId('agenda-announcer')).toHaveText('Item moved from position 3 to position 4.');
  await expect(items.nth(2).getByTestId('item-start')).toHaveText('10:15\u00a0a.m.');
  await expect(items.nth(3).getByTestId('item-start')).toHaveText('10:40\u00a0a.m.');

  // Drag: the panel's handle onto the dialogue puts it back in third place.
  await dragOnto(page, items.nth(3).getByTestId('drag-handle'), items.nth(2));
  await expect(items.nth(2).getByTestId('item-title')).toHaveValue('Panel on labour migration');

  // Delete the closing, then undo.
  await items.nth(4).getByTestId('delete-item').click();
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId('undo-bar')).toContainText('Item 5 was deleted');
  await page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(5);
  await expect(items.nth(4).getByTestId('item-title')).toHaveValue('Closing');
  await expectSaved(page);

  // All of it is in the store.
  await page.reload();
  await expect(items).toHaveCount(5);
  await expect(items.nth(2).getByTestId('item-title')).toHaveValue('Panel on labour migration');
  await expect(items.nth(2).getByLabel('Other symbols')).toHaveValue('CP/CAM-5/26; CP/INF.9/26');
  await expect(items.nth(3).getByTestId('item-duration')).toHaveValue('25');
  await expect(page.getByTestId('schedule-ok')).toBeVisible();
  await page.screenshot({ path: screenshotPath('agenda-fixed-en'), fullPage: true });

  // The overview shows the same agenda, times and all.
  await page.getByTestId('tab-overview').click();
  await expect(page.getByTestId('agenda-item')).toHaveCount(5);
  await expect(page.getByRole('heading', { level: 3, name: /^3\. Panel on labour migration/ })).toBeVisible();
  await expect(page.getByTestId('item-symbols')).toHaveText(' (CP/CAM-5/26, CP/INF.9/26)');
});

test('an annotation is rich text: bold, a footnote and a note to the translator, one editor at a time, kept on reload', async ({
  page,
  app,
}) => {
  // A long walk through the editor: it types a paragraph, a footnote and a note, then reloads.
  test.slow();
  await openDemo(page, app.url, /^Agenda$/);
  const items = page.getByTestId('builder-item');
  await expect(items).toHaveCount(6);
  const opening = items.nth(0);
  const panel = items.nth(2);
  const dialogue = items.nth(3);

  // Annotations are static text; the demo's opening shows its bold word and its footnote.
  await expect(page.getByTestId('annotation-body')).toHaveCount(0);
  const openingView = opening.getByTestId('annotation-view');
  await expect(openingView.locator('strong')).toHaveText('mandate');
  await expect(openingView.locator('.rich-text-view__footnotes li')).toHaveText(
    /^Resolution AG\/RES\. 2988 \(LII-O\/22\), operative paragraph 56\. The resolutions are published on the OAS website\.$/,
  );
  await expect(openingView.getByRole('link', { name: 'OAS website' })).toHaveAttribute(
    'href',
    'https://www.oas.org/en/council/AG/resdec/',
  );

  // One editor at a time: opening the dialogue's closes the panel's.
  await panel.getByTestId('edit-annotation').click();
  await expect(page.getByTestId('annotation-body')).toHaveCount(1);
  await dialogue.getByTestId('edit-annotation').click();
  await expect(page.getByTestId('annotation-body')).toHaveCount(1);
  await expect(dialogue.getByTestId('annotation-body')).toBeVisible();
  await expect(panel.getByTestId('annotation-view')).toBeVisible();
  await dialogue.getByTestId('annotation-done').click();

  // The panel's annotation: one word in bold, a footnote at the end, a note on a selected stretch.
  await panel.getByTestId('edit-annotation').click();
  const body = panel.getByTestId('annotation-body');
  await expect(body).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Each speaks for ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('ten');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' minutes.');
  await expect(body.locator('strong')).toHaveText('ten');
  await panel.getByRole('button', { name: 'Insert a footnote' }).click();
  await expect(panel.getByLabel('Text of footnote 1')).toBeFocused();
  await page.keyboard.type('As agreed by the Committee on 2 May 2023.');
  await body.locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await panel
    .getByRole('toolbar', { name: 'Formatting', exact: true })
    .getByRole('button', { name: 'Add a note to the translator' })
    .click();
  await expect(panel.getByTestId('new-translator-note-text')).toBeFocused();
  await page.keyboard.type('Use the names of the mechanisms as the OAS glossary gives them.');
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('translator-note')).toHaveCount(1);
  await expect(page.getByTestId('annotation-invalid')).toHaveCount(0);
  await expectSaved(page);
  await page.screenshot({ path: screenshotPath('agenda-annotation-editor-en'), fullPage: true });

  // Kept: after a reload the annotation is static text again, with its bold word and footnote.
  await page.reload();
  await expect(items).toHaveCount(6);
  const view = items.nth(2).getByTestId('annotation-view');
  await expect(view.locator('strong')).toHaveText('ten');
  await expect(view.locator('.rich-text-view__ref')).toHaveText('1');
  await expect(view.locator('.rich-text-view__footnotes li')).toHaveText('As agreed by the Committee on 2 May 2023.');
  await expect(view).toContainText('Each mechanism presents its work');
  await expect(view).toContainText('Each speaks for ten minutes.');
  // the note is not part of the text, but is there when the editor opens
  await expect(view).not.toContainText('glossary');
  await items.nth(2).getByTestId('edit-annotation').click();
  await expect(items.nth(2).getByTestId('translator-note-text')).toHaveValue(
    'Use the names of the mechanisms as the OAS glossary gives them.',
  );
  await items.nth(2).getByTestId('annotation-done').click();
  await page.screenshot({ path: screenshotPath('agenda-annotations-en'), fullPage: true });

  // The overview shows the annotations as text too.
  await page.getByTestId('tab-overview').click();
  const annotation = page.getByTestId('agenda-item').nth(2).getByTestId('item-annotation');
  await expect(annotation.locator('strong')).toHaveText('ten');
  await expect(annotation.locator('.rich-text-view__footnotes li')).toHaveText(
    'As agreed by the Committee on 2 May 2023.',
  );
  await annotation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('overview-annotations-en') });
});

import { expect, screenshotPath, test } from './fixtures';
import { expectSaved, openDemo } from './screens-helpers';
import { caretAtEnd, openDemoPaper } from './editor-helpers';

test('the concept paper editor: text, bold, footnotes, notes to the translator, guiding questions, kept on reload', async ({
  page,
  app,
}) => {
  const body = await openDemoPaper(page, app.url);
  const footnotes = page.getByTestId('footnote-item');
  const notes = page.getByTestId('translator-note');
  await expect(page.getByTestId('title-title')).toHaveValue(/^Annual session on migration governance/);
  // The demo paper has one footnote (with a note to the translator in it) and the questions block.
  await expect(footnotes).toHaveCount(1);
  await expect(notes).toHaveCount(1);
  await expect(notes.first()).toContainText('In footnote 1');
  // The words of the text and its footnotes, as the translators' count has them, follow each edit.
  const wordCount = page.getByTestId('word-count');
  const words = async () => Number((await wordCount.textContent())!.replace(/\D/g, ''));
  const demoWords = await words();
  expect(demoWords).toBeGreaterThan(100);

  // A new paragraph after the first, with one word in bold.
  await caretAtEnd(body.locator('p').first());
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ports of entry ');
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('matter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' to every mechanism.');
  await expect(body.locator('p').nth(1)).toHaveText('Ports of entry matter to every mechanism.');
  await expect(body.locator('p').nth(1).locator('strong')).toHaveText('matter');
  await expect(wordCount).toHaveText(`Words in the text and its footnotes: ${(demoWords + 7).toLocaleString('en')}`);

  // Shift+Enter adds no line break.
  await page.keyboard.press('Shift+Enter');
  await expect(body.locator('br:not(.ProseMirror-trailingBreak)')).toHaveCount(0);

  // A footnote at the cursor (Ctrl+Alt+F, as in Word), before the demo's footnote: it becomes number 1.
  await page.keyboard.press('Control+Alt+f');
  await expect(page.getByLabel('Text of footnote 1')).toBeFocused();
  await page.keyboard.type('Resolution AG/RES. 2988 (LII-O/22), operative paragraph 56.');
  await expect(footnotes).toHaveCount(2);
  await expect.poll(words).toBe(demoWords + 7 + 7);
  // One footnote editor at a time: the demo's footnote, now number 2, is shown as text, its link kept.
  await expect(page.getByTestId('footnote-text')).toHaveCount(1);
  await expect(footnotes.first().getByTestId('footnote-text')).toHaveText(
    'Resolution AG/RES. 2988 (LII-O/22), operative paragraph 56.',
  );
  const demoFootnote = footnotes.nth(1).getByTestId('footnote-static');
  await expect(demoFootnote).toContainText(/^See the resolutions of the General Assembly/);
  // Shown as a link, not one: the footnote is a button that opens it for editing.
  await expect(demoFootnote.locator('.rich-text-link')).toHaveAttribute(
    'title',
    'https://www.oas.org/en/council/AG/resdec/',
  );
  await expect(page.getByTestId('translator-note').first()).toContainText('In footnote 2');

  // Back to the text (Escape), then a third footnote from the button at the end of the last paragraph.
  await page.keyboard.press('Escape');
  await caretAtEnd(body.locator('p').nth(4));
  await page.getByRole('button', { name: 'Insert a footnote' }).click();
  await expect(page.getByLabel('Text of footnote 3')).toBeFocused();
  await page.keyboard.type('The Technical Secretariat circulates the compilation in the four official languages.');
  await expect(footnotes).toHaveCount(3);
  await expect(footnotes.nth(2).getByTestId('footnote-text')).toHaveText(/^The Technical Secretariat circulates/);

  // A note to the translator on a selected word: in the margin, not in the text.
  await body.locator('p').nth(1).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  // The text's own toolbar (the open footnote has one too).
  await page
    .getByRole('toolbar', { name: 'Formatting', exact: true })
    .getByRole('button', { name: 'Add a note to the translator' })
    .click();
  const newNote = page.getByTestId('new-translator-note-text');
  await expect(newNote).toBeFocused();
  await page.keyboard.type('“Ports of entry”: use the term of the OAS glossary.');
  await page.keyboard.press('Enter');
  await expect(notes).toHaveCount(2);
  const marginNote = notes.filter({ hasText: 'Ports of entry matter' });
  await expect(marginNote.getByTestId('translator-note-text')).toHaveValue(
    '“Ports of entry”: use the term of the OAS glossary.',
  );
  await expect(body).not.toContainText('OAS glossary');
  // The note's anchor is the selected stretch, across the bold word.
  await expect
    .poll(async () => (await body.locator('.translator-note-anchor').allTextContents()).join('').replace(/\s/g, ' '))
    .toBe('Ports of entry matter to every mechanism.');

  // The guiding questions: take the demo's block out, then insert it again at the end.
  const questionsBlock = page.getByTestId('guiding-questions-block');
  await expect(questionsBlock).toHaveCount(1);
  const insertQuestions = page.getByRole('button', { name: 'Insert the guiding questions' });
  await expect(insertQuestions).toBeDisabled();
  await questionsBlock.click();
  await page.keyboard.press('Delete');
  await expect(questionsBlock).toHaveCount(0);
  await caretAtEnd(body.locator('p').nth(4));
  await insertQuestions.click();
  await expect(questionsBlock.locator('li')).toHaveCount(2);
  await expect(questionsBlock.locator('li').first()).toContainText('What challenges has the mechanism');

  await expectSaved(page);
  await expect(page.getByTestId('document-invalid')).toHaveCount(0);
  const afterEdits = `Words in the text and its footnotes: ${(demoWords + 7 + 7 + 11).toLocaleString('en')}`;
  await expect(wordCount).toHaveText(afterEdits);
  await page.screenshot({ path: screenshotPath('document-editor-en'), fullPage: true });

  // Everything is kept.
  await page.reload();
  await expect(body.locator('p').nth(1)).toHaveText('Ports of entry matter to every mechanism.');
  await expect(body.locator('p').nth(1).locator('strong')).toHaveText('matter');
  // Counted anew from the whole text, the words agree with the count kept edit by edit (both footnotes in).
  await expect(wordCount).toHaveText(afterEdits);
  await expect(footnotes).toHaveText([
    /Resolution AG\/RES. 2988 \(LII-O\/22\), operative paragraph 56\./,
    /^See the resolutions of the General Assembly/,
    /^The Technical Secretariat circulates/,
  ]);
  await expect(body.getByTestId('footnote-ref')).toHaveCount(3);
  await expect(notes).toHaveCount(2);
  await expect(notes.filter({ hasText: 'Ports of entry matter' }).getByTestId('translator-note-text')).toHaveValue(
    '“Ports of entry”: use the term of the OAS glossary.',
  );
  await expect(questionsBlock.locator('li')).toHaveCount(2);

  // Deleting the first footnote renumbers the rest.
  await page.getByRole('button', { name: 'Delete footnote 1' }).click();
  await expect(footnotes).toHaveCount(2);
  await expect(
    page.getByRole('button', { name: /^Footnote 1: See the resolutions of the General Assembly/ }),
  ).toBeVisible();
  await expectSaved(page);
});

test('a document without a version: "Write the original" opens an empty editor', async ({ page, app }) => {
  await openDemo(page, app.url, /^Details and documents$/);
  await page.getByLabel('Kind of document').selectOption('note');
  await page.getByRole('button', { name: 'Add the document' }).click();
  await page.getByRole('button', { name: 'Write the original of the Note in English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Note, English version' })).toBeVisible();
  await page.getByTestId('title-title').fill('Note on the annual session');
  await page.getByTestId('title-control-number').fill('CIDRP03838E04');
  const body = page.getByTestId('document-body');
  await body.click();
  await page.keyboard.type('A first paragraph.');
  // A link: only http, https and mailto.
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: 'Link' }).click();
  await page.getByTestId('link-address').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply the link' }).click();
  await expect(page.getByText('A link must begin with http://, https:// or mailto:.')).toBeVisible();
  await page.getByTestId('link-address').fill('https://www.oas.org/en/');
  await page.getByRole('button', { name: 'Apply the link' }).click();
  await expect(body.locator('a')).toHaveAttribute('href', 'https://www.oas.org/en/');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('title-title')).toHaveValue('Note on the annual session');
  await expect(page.getByTestId('title-control-number')).toHaveValue('CIDRP03838E04');
  await expect(body).toHaveText('A first paragraph.');
  await expect(body.locator('a')).toHaveText('A first paragraph.');

  // The screen in French.
  await page.getByTestId('language-switcher').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Note, version en anglais' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('document-editor-fr'), fullPage: true });
  await page.getByTestId('language-switcher').selectOption('en');
  await page.getByRole('link', { name: 'Back to Details and documents' }).click();
  await expect(page.getByRole('link', { name: 'Open the English version of the Note' })).toBeVisible();
});

test('pasting from Word keeps headings, lists, links and text, and drops the styles', async ({ page, app }) => {
  await openDemo(page, app.url, /^Details and documents$/);
  await page.getByLabel('Kind of document').selectOption('report');
  await page.getByRole('button', { name: 'Add the document' }).click();
  await page.getByRole('button', { name: 'Write the original of the Report in English' }).click();
  const body = page.getByTestId('document-body');
  await body.click();
  const html =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>' +
    '<h2 style="color:red"><span style="font-family:Arial">Background</span></h2>' +
    '<p class="MsoNormal" style="mso-line-height-alt:12pt"><b><span style="font-size:14pt">Bold</span></b> text<o:p></o:p><br>after the break</p>' +
    '<ul><li>First item</li><li>Second item</li></ul>' +
    '<p><a href="javascript:alert(1)">bad link</a> and <a href="https://www.oas.org/" target="_blank">good link</a> <u>underlined</u></p>' +
    '</body></html>';
  await body.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'plain');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(body.locator('h2')).toHaveText('Background');
  await expect(body.locator('li')).toHaveText(['First item', 'Second item']);
  await expect(body.locator('strong')).toHaveText('Bold');
  await expect(body.locator('a')).toHaveCount(1);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://www.oas.org/');
  await expect(body.locator('u, [style], span:not([class])')).toHaveCount(0);
  await expect(body).toContainText('Bold text after the break');
  await expectSaved(page);
  await expect(page.getByTestId('document-invalid')).toHaveCount(0);
  await page.reload();
  await expect(body.locator('h2')).toHaveText('Background');
  await expect(body.locator('li')).toHaveCount(2);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://www.oas.org/');
  await expect(body).toContainText('bad link and good link underlined');
});

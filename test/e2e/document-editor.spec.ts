import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { deliverApi } from './page-data';
import { expect, screenshotPath, test } from './fixtures';
import { expectSaved, openDemo } from './screens-helpers';

/**
 * Puts the caret at the end of a paragraph of the editor, as the browser's selection (End only reaches
 * the end of a wrapped line, and a click at the paragraph's last line lands elsewhere while the page
 * is still laying out).
 */
async function caretAtEnd(paragraph: Locator): Promise<void> {
  await paragraph.evaluate((p) => {
    (p.closest('[contenteditable="true"]') as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(p);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  // The editor reads the selection on the browser's selectionchange event, and may move it to an equal
  // place (after a footnote's reference, say): what counts is that nothing of the paragraph follows it.
  await expect
    .poll(() =>
      paragraph.evaluate((p) => {
        const selection = getSelection()!;
        if (!selection.isCollapsed || !p.contains(selection.anchorNode)) return false;
        const rest = document.createRange();
        rest.setStart(selection.anchorNode!, selection.anchorOffset);
        rest.setEnd(p, p.childNodes.length);
        const after = rest.cloneContents();
        return after.textContent === '' && after.querySelector('sup') === null;
      }),
    )
    .toBe(true);
}

/** Selects the first occurrence of `text` in an editable element, as a drag of the mouse would. */
async function selectText(editable: Locator, text: string): Promise<void> {
  await editable.evaluate((element, wanted) => {
    (element as HTMLElement).focus();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in the text`);
  }, text);
  // The editor reads the selection on the browser's selectionchange event.
  await expect.poll(() => editable.evaluate(() => getSelection()!.toString())).toBe(text);
}

/** Opens the demo's concept paper in English, for a long walk through the editor; returns its text. */
async function openDemoPaper(page: Page, url: string): Promise<Locator> {
  // On a machine shared with other test runs such a walk outlasts the default 30 s.
  test.slow();
  await openDemo(page, url, /^Details and documents$/);
  await page.getByRole('link', { name: 'Open the English version of the Concept paper' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Concept paper, English version' })).toBeVisible();
  const body = page.getByTestId('document-body');
  await expect(body).toContainText('Migration across the Americas');
  return body;
}

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

  // Shift+Enter adds no line break.
  await page.keyboard.press('Shift+Enter');
  await expect(body.locator('br:not(.ProseMirror-trailingBreak)')).toHaveCount(0);

  // A footnote at the cursor (Ctrl+Alt+F, as in Word), before the demo's footnote: it becomes number 1.
  await page.keyboard.press('Control+Alt+f');
  await expect(page.getByLabel('Text of footnote 1')).toBeFocused();
  await page.keyboard.type('Resolution AG/RES. 2988 (LII-O/22), operative paragraph 56.');
  await expect(footnotes).toHaveCount(2);
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
  await page.screenshot({ path: screenshotPath('document-editor-en'), fullPage: true });

  // Everything is kept.
  await page.reload();
  await expect(body.locator('p').nth(1)).toHaveText('Ports of entry matter to every mechanism.');
  await expect(body.locator('p').nth(1).locator('strong')).toHaveText('matter');
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

test('a footnote is edited as rich text: bold, a link, a note, two paragraphs; undone in the text; exported', async ({
  page,
  app,
}) => {
  const body = await openDemoPaper(page, app.url);
  const notes = page.getByTestId('translator-note');
  const item = page.getByTestId('footnote-item').first();

  // Shown as text until opened: focusable, Enter opens it.
  const shown = item.getByTestId('footnote-static');
  await expect(page.getByTestId('footnote-text')).toHaveCount(0);
  await shown.focus();
  await page.keyboard.press('Enter');
  const footnote = page.getByLabel('Text of footnote 1');
  await expect(footnote).toBeFocused();
  await expect(shown).toHaveCount(0);
  const tools = page.getByRole('toolbar', { name: 'Formatting of footnote 1' });

  // A word in bold, from the footnote's own toolbar.
  await selectText(footnote, 'resolutions');
  await tools.getByRole('button', { name: 'Bold' }).click();
  await expect(footnote.locator('strong')).toHaveText('resolutions');
  await expect(tools.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');

  // A link, through the same link form as the text's (http, https, mailto only).
  await footnote.press('Control+End');
  await page.keyboard.type('; also the Permanent Council');
  await selectText(footnote, 'Permanent Council');
  await tools.getByRole('button', { name: 'Link' }).click();
  await page.getByTestId('link-address').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply the link' }).click();
  await expect(page.getByText('A link must begin with http://, https:// or mailto:.')).toBeVisible();
  await page.getByTestId('link-address').fill('https://www.oas.org/en/council/');
  await page.getByRole('button', { name: 'Apply the link' }).click();
  await expect(footnote.locator('a')).toHaveCount(2);
  await expect(footnote.locator('a').nth(1)).toHaveText('Permanent Council');
  await expect(footnote.locator('a').nth(1)).toHaveAttribute('href', 'https://www.oas.org/en/council/');

  // A note to the translator on a stretch of the footnote: in the margin, not in the text.
  await selectText(footnote, 'Permanent Council');
  await tools.getByRole('button', { name: 'Add a note to the translator' }).click();
  await expect(page.getByTestId('new-translator-note-text')).toBeFocused();
  await page.keyboard.type('Keep the Council’s official name.');
  await page.keyboard.press('Enter');
  await expect(notes).toHaveCount(2);
  const newNote = notes.filter({ has: page.getByText('Keep the Council’s official name.') });
  await expect(notes.nth(1)).toContainText('In footnote 1');
  await expect(notes.nth(1).getByTestId('translator-note-text')).toHaveValue('Keep the Council’s official name.');
  await expect(footnote).not.toContainText('official name');
  await expect(footnote.locator('.translator-note-anchor')).toHaveText([
    'https://www.oas.org/en/council/AG/resdec/',
    'Permanent Council',
  ]);

  // A second paragraph, after a pause: an undo step is what was typed without one (ProseMirror's half second).
  await page.waitForTimeout(700);
  await footnote.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The Quito Process publishes its declarations on its own portal.');
  await expect(footnote.locator('p')).toHaveCount(2);
  await page.screenshot({ path: screenshotPath('document-editor-footnote-open'), fullPage: true });

  // Escape: back in the text, after the reference; the footnote is text again. The text's undo undoes it.
  await page.keyboard.press('Escape');
  await expect(body).toBeFocused();
  await expect(page.getByTestId('footnote-text')).toHaveCount(0);
  await expect(shown.locator('p')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(shown.locator('p')).toHaveCount(1);
  await expect(shown.locator('strong')).toHaveText('resolutions');
  await expect(shown.locator('.rich-text-link')).toHaveCount(2);
  await expect(notes).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(shown.locator('p')).toHaveCount(2);
  await expect(shown.locator('p').nth(1)).toHaveText('The Quito Process publishes its declarations on its own portal.');
  await expectSaved(page);
  await expect(page.getByTestId('document-invalid')).toHaveCount(0);

  // Everything is kept.
  await page.reload();
  await expect(shown.locator('p')).toHaveCount(2);
  await expect(shown.locator('strong')).toHaveText('resolutions');
  await expect(shown.locator('.rich-text-link').nth(1)).toHaveAttribute('title', 'https://www.oas.org/en/council/');
  await expect(shown.locator('.translator-note-anchor')).toHaveText([
    'https://www.oas.org/en/council/AG/resdec/',
    'Permanent Council',
  ]);
  await expect(newNote).toContainText('In footnote 1');

  // Paste into a footnote is cleaned as in the text: no heading, list or style comes in.
  await shown.click();
  await expect(footnote).toBeFocused();
  await footnote.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<h2 style="color:red">Annex</h2><ul><li class="MsoListParagraph">First</li></ul><p><u>under</u><!--x--></p>',
    );
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(footnote.locator('h2, ul, li, u, [style], span:not(.translator-note-anchor)')).toHaveCount(0);
  await expect(footnote).toContainText('Annex');
  await page.keyboard.press('Control+z');
  await expect(footnote).not.toContainText('Annex');
  await expect(footnote.locator('p')).toHaveCount(2);
  await expectSaved(page);

  // The translator's copy (what "Send to translation" makes): the footnote in footnotes.xml with both
  // links, the bold word in the Strong character style (no direct formatting) and two paragraphs; its
  // note as a comment at the footnote's reference.
  const documentId = /\/documents\/([^/]+)\//.exec(page.url())![1]!;
  const sent = await deliverApi(page, 'translation.send', {
    documentId,
    languages: ['es'],
    translator: '',
  });
  const file = sent.files[0]!;
  const zip = await JSZip.loadAsync(file.bytes);
  const footnotesXml = await zip.file('word/footnotes.xml')!.async('string');
  const first = /<w:footnote\b[^>]*w:id="1"[^>]*>([\s\S]*?)<\/w:footnote>/.exec(footnotesXml)![1]!;
  expect(first.match(/<w:p\b/g)).toHaveLength(2);
  expect(first.match(/<w:pStyle w:val="FootnoteText"\/>/g)).toHaveLength(2);
  expect(first.match(/<w:hyperlink\b/g)).toHaveLength(2);
  expect(first).toMatch(/<w:rStyle w:val="Strong"\/><\/w:rPr><w:t[^>]*>resolutions<\/w:t>/);
  expect(first).not.toMatch(/<w:b\/>|<w:b w:val/);
  expect(first).toContain('The Quito Process publishes its declarations on its own portal.');
  // LibreOffice refuses a file with a comment inside a footnote (docs/decisions/docx-comments-and-footnotes.md):
  // a note in a footnote is a comment just before the footnote's reference in the text.
  expect(first).not.toContain('w:commentReference');
  const comments = await zip.file('word/comments.xml')!.async('string');
  const commentId =
    /<w:comment\b[^>]*w:id="(\d+)"[^>]*>(?:(?!<\/w:comment>)[\s\S])*Footnote 1: Keep the Council’s official name\./.exec(
      comments,
    )![1]!;
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const reference = documentXml.indexOf('<w:footnoteReference w:id="1"/>');
  const commentAt = documentXml.indexOf(`<w:commentReference w:id="${commentId}"/>`);
  expect(commentAt).toBeGreaterThan(0);
  expect(reference).toBeGreaterThan(commentAt);
});

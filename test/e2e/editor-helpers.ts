/* Steps the editor specs share: open the demo's concept paper, place the caret, select a text. */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDemo } from './screens-helpers';

/**
 * Puts the caret at the end of a paragraph of the editor, as the browser's selection (End only reaches
 * the end of a wrapped line, and a click at the paragraph's last line lands elsewhere while the page
 * is still laying out).
 */
export async function caretAtEnd(paragraph: Locator): Promise<void> {
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
export async function selectText(editable: Locator, text: string): Promise<void> {
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
export async function openDemoPaper(page: Page, url: string): Promise<Locator> {
  // On a machine shared with other test runs such a walk outlasts the default 30 s.
  test.slow();
  await openDemo(page, url, /^Details and documents$/);
  await page.getByRole('link', { name: 'Open the English version of the Concept paper' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Concept paper, English version' })).toBeVisible();
  const body = page.getByTestId('document-body');
  await expect(body).toContainText('Migration across the Americas');
  return body;
}

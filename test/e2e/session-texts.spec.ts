import type { Download, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { expect, screenshotPath, test } from './fixtures';
import type { RichText } from '../../shared/content/rich-text';
import {
  createEnglishItem,
  createEnglishQuestion,
  createEnglishSession,
  type Call,
} from '../support/english-only-session';
import { bytesOf, callApi } from './page-data';

// A Word file written, changed and read back, across four screens, on machines that run other work too.
test.slow();

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the "translator" writes over each English text. */
const FRENCH: Record<string, string> = {
  'Special meeting on migration governance': 'Réunion spéciale sur la gouvernance des migrations',
  'Adoption of the order of business': 'Adoption de l’ordre du jour',
  'Panel: the regional consultative processes': 'Table ronde : les processus consultatifs régionaux',
  'Panelists present first, then delegations take the floor.':
    'Les panélistes interviennent d’abord, puis les délégations prennent la parole.',
  'See resolution 2988.': 'Voir la résolution 2988.',
  'What has worked in your region?': 'Qu’est-ce qui a fonctionné dans votre région ?',
};

/** A session prepared in English only, through the API as the screens would save it. */
async function englishOnlySession(page: Page): Promise<string> {
  const call: Call = (name, input) => callApi(page, name, input);
  const sessionId = await createEnglishSession(call, 'Special meeting on migration governance');
  const annotation = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Panelists present first, then delegations take the floor.' },
          {
            type: 'footnote',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'See resolution 2988.' }] }],
          },
        ],
      },
    ],
  } as RichText;
  await createEnglishItem(call, sessionId, {
    kind: 'adoption_of_agenda',
    title: 'Adoption of the order of business',
    durationMinutes: 45,
  });
  await createEnglishItem(call, sessionId, {
    kind: 'panel',
    title: 'Panel: the regional consultative processes',
    annotation,
    durationMinutes: 45,
  });
  await createEnglishQuestion(call, sessionId, 'What has worked in your region?');
  return sessionId;
}

/** The serious and critical accessibility violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The translator's file with its document.xml changed by `edit`. */
async function edited(docx: Buffer, edit: (xml: string) => string, part = 'word/document.xml'): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The French file: every English text overwritten in place, as the translator does it. */
async function translated(docx: Buffer): Promise<Buffer> {
  const replaceAll = (xml: string) =>
    // (a footnote's text starts with a space after its number)
    Object.entries(FRENCH).reduce(
      (x, [source, target]) => x.replace(`>${source}<`, `>${target}<`).replace(`> ${source}<`, `> ${target}<`),
      xml,
    );
  return edited(await edited(docx, replaceAll), replaceAll, 'word/footnotes.xml');
}

test('session texts: an English-only session sees its French gaps, sends its texts to French, receives them, and exports a complete French order of business', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const sessionId = await englishOnlySession(page);
  await page.reload();
  await page.getByRole('link', { name: /Special meeting on migration governance/ }).click();
  await page
    .getByRole('navigation', { name: 'Screens of this session' })
    .getByRole('link', { name: /^Details/ })
    .click();

  // Before anything is sent, Details lists what a French export would lack.
  const missing = page.getByTestId('missing-texts');
  await missing.getByTestId('missing-fr').locator('summary').click();
  await expect(missing.getByTestId('missing-fr').getByRole('link')).toHaveText([
    'Session title',
    'Agenda item 1: title',
    'Agenda item 2: title',
    'Agenda item 2: annotation',
    // the chair's script reads the guiding questions out
    'Guiding question 1',
  ]);

  // Details → Documents: the session texts' own "Languages and translation".
  await page.getByTestId('session-texts-link').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('session-texts-details-en') });
  await page.getByTestId('session-texts-link').click();
  await expect(page.getByTestId('session-texts-heading')).toHaveText('Session texts: languages and translation');
  await expect(page.getByTestId('session-texts-summary')).toHaveText(/^5 text\(s\), \d+ word\(s\) in English\.$/);
  const cell = (lang: string) => page.getByTestId(`session-texts-${lang}`);
  await expect(page.getByTestId('session-texts-table').locator('thead th')).toHaveText([
    'English',
    'Spanish',
    'French',
    'Portuguese',
  ]);
  await expect(cell('en')).toHaveAttribute('data-status', 'original');
  await expect(cell('fr')).toHaveAttribute('data-status', 'not_started');
  await expect(cell('fr').getByTestId('session-texts-written')).toHaveText('0 of 5 texts written');

  // Send to French: one file downloads, French is sent, with translator and due date.
  const form = page.getByTestId('send-form');
  await expect(form.getByTestId('send-en')).toHaveCount(0);
  await form.getByTestId('send-fr').check();
  await form.getByTestId('send-translator').fill('Marie Dubois');
  await form.getByTestId('send-due').fill('2027-04-30');
  const [download] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    form.getByTestId('send-button').click(),
  ]);
  expect(download.suggestedFilename()).toBe('session-texts-2027-05-11-en-to-fr.docx');
  const sent = await bytesOf(download);
  await expect(cell('fr')).toHaveAttribute('data-status', 'sent');
  await expect(cell('fr').getByTestId('sending')).toContainText('to Marie Dubois');
  await expect(cell('fr').getByTestId('sending')).toContainText('due April 30, 2027');
  await page.screenshot({ path: screenshotPath('session-texts-sent-en'), fullPage: true });

  // A file that lost a row: the difference is named, and nothing can be received until it is accepted.
  const panel = page.getByTestId('receive-panel');
  await cell('fr').getByTestId('session-texts-receive-fr').click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Receive the French session texts');
  const lostRow = await edited(sent, (xml) =>
    xml.replace(/<w:tr[ >](?:(?!<\/w:tr>).)*question-1(?:(?!<\/w:tr>).)*<\/w:tr>/s, ''),
  );
  await panel.getByTestId('receive-file').setInputFiles({ name: 'lost.docx', mimeType: DOCX_TYPE, buffer: lostRow });
  await expect(panel.getByTestId('inspect-issues').locator('li')).toHaveText([
    'Guiding question 1 is missing from the file.',
  ]);
  await expect(panel.getByTestId('count-paragraphs').locator('th')).toHaveText('Texts');
  await expect(panel.getByTestId('count-paragraphs').locator('td')).toHaveText(['5', '4']);
  await expect(panel.getByTestId('receive-confirm')).toBeDisabled();
  await page.screenshot({ path: screenshotPath('session-texts-mismatch-en'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // The translator's French: it matches what was sent, and is received.
  await panel
    .getByTestId('receive-file')
    .setInputFiles({ name: 'fr.docx', mimeType: DOCX_TYPE, buffer: await translated(sent) });
  await expect(panel.getByTestId('inspect-matches')).toHaveText(
    'The file has every text that was sent, each with its footnotes.',
  );
  await expect(panel.getByTestId('count-footnotes').locator('td')).toHaveText(['1', '1']);
  await panel.getByTestId('receive-confirm').click();
  await expect(panel.getByTestId('receive-done')).toContainText('The French session texts were received');
  await expect(cell('fr')).toHaveAttribute('data-status', 'received');
  await expect(cell('fr').getByTestId('session-texts-written')).toHaveText('5 of 5 texts written');
  await page.screenshot({ path: screenshotPath('session-texts-received-en'), fullPage: true });

  // Nothing is missing in French now: the order of business exports at once, wholly in French.
  await page.evaluate((id) => (location.hash = `#/sessions/${id}/details`), sessionId);
  await expect(missing.getByTestId('missing-fr')).toHaveText('French: nothing missing');
  const order = page.locator('[data-testid="agenda-export-row"][data-kind="order_of_business"]');
  await order.getByTestId('export-language').selectOption('fr');
  const [orderFile] = await Promise.all([page.waitForEvent('download'), order.getByTestId('export-button').click()]);
  await expect(order.getByTestId('missing-notice')).toHaveCount(0);
  const orderXml = await (await JSZip.loadAsync(await bytesOf(orderFile))).file('word/document.xml')!.async('string');
  for (const french of [
    'Réunion spéciale sur la gouvernance des migrations',
    'Adoption de l’ordre du jour',
    'Table ronde : les processus consultatifs régionaux',
  ]) {
    expect(orderXml).toContain(french);
  }
  // no run tagged as another language's fallback
  expect(orderXml).not.toMatch(/w:lang w:val="en/);
  await page.evaluate((id) => (location.hash = `#/sessions/${id}/session-texts`), sessionId);

  // The overview in French shows the French texts.
  await page.getByTestId('language-switcher').selectOption('fr');
  await expect(page.getByTestId('session-texts-heading')).toHaveText('Textes de la session : langues et traduction');
  await expect(page.getByText('Réunion spéciale sur la gouvernance des migrations')).toBeVisible();
  await expect(cell('fr')).toContainText('5 texte(s) écrit(s) sur 5');
  await page.screenshot({ path: screenshotPath('session-texts-received-fr'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.evaluate((id) => (location.hash = `#/sessions/${id}`), sessionId);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Réunion spéciale sur la gouvernance des migrations',
  );
  await expect(page.getByText('Table ronde : les processus consultatifs régionaux')).toBeVisible();
  await expect(
    page.getByText('Les panélistes interviennent d’abord, puis les délégations prennent la parole.'),
  ).toBeVisible();
  await expect(page.getByText('Voir la résolution 2988.')).toBeVisible();
  await page.screenshot({ path: screenshotPath('session-texts-overview-fr'), fullPage: true });

  const overview = await callApi<{
    agendaItems: { title: { fr: string } }[];
    guidingQuestions: { text: { fr: string } }[];
  }>(page, 'sessions.overview', { id: sessionId });
  expect(overview.agendaItems.map((i) => i.title.fr)).toEqual([
    'Adoption de l’ordre du jour',
    'Table ronde : les processus consultatifs régionaux',
  ]);
  expect(overview.guidingQuestions.map((q) => q.text.fr)).toEqual(['Qu’est-ce qui a fonctionné dans votre région ?']);
});

import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, screenshotPath, test } from './fixtures';
import { bytesOf, callApi, deliverApi } from './page-data';
import { openDemo } from './screens-helpers';

// Whole workflows (Word files written and read, a dozen screens) on machines that run other work too.
test.slow();

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Version {
  id: string;
  language: string;
  content: { body: { content: { type: string; content?: { type: string; text?: string }[] }[] } };
}

/** The demo session's concept paper and its English original, read through the page's API access. */
async function demoPaper(page: Page): Promise<{ sessionId: string; documentId: string; original: Version }> {
  const [session] = await callApi<{ id: string }[]>(page, 'sessions.list', {});
  const docs = await callApi<{ id: string; kind: string }[]>(page, 'documents.list', { sessionId: session!.id });
  const paper = docs.find((d) => d.kind === 'concept_paper')!;
  const versions = await callApi<Version[]>(page, 'documentVersions.list', { documentId: paper.id });
  return { sessionId: session!.id, documentId: paper.id, original: versions.find((v) => v.language === 'en')! };
}

/** How many footnotes a version's text holds. */
const footnotesOf = (version: Version) => JSON.stringify(version.content).split('"type":"footnote"').length - 1;

/** Collects the downloads a click sets off, until `count` have arrived. */
async function downloadsOf(page: Page, count: number, click: () => Promise<void>): Promise<Download[]> {
  const downloads: Download[] = [];
  const listener = (download: Download) => downloads.push(download);
  page.on('download', listener);
  await click();
  await expect.poll(() => downloads.length).toBe(count);
  page.off('download', listener);
  return downloads;
}

/** The translator's file with one body paragraph left out: a long one holding no footnote. Answers its text. */
async function dropOneParagraph(docx: Buffer): Promise<{ file: Buffer; dropped: string }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const plain = paragraphs.filter((p) => !p.includes('w:footnoteReference') && textOf(p).length > 120);
  const victim = plain[1]!;
  zip.file('word/document.xml', xml.replace(victim, ''));
  return { file: await zip.generateAsync({ type: 'nodebuffer' }), dropped: textOf(victim) };
}

test('translation: send, edit the original, see and send the changes, receive two translations, set one final', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url, /^Details and documents$/);
  const { documentId, original } = await demoPaper(page);
  const paperRow = page.getByTestId('document-row').filter({ hasText: 'Concept paper' });
  await paperRow.getByRole('link', { name: 'Languages and translation of the Concept paper' }).click();

  // The four versions in the OAS order; only English has text.
  await expect(page.getByTestId('translation-heading')).toHaveText('Concept paper: languages and translation');
  await expect(page.getByTestId('translation-original')).toHaveText('English');
  const row = (lang: string) => page.getByTestId(`version-row-${lang}`);
  await expect(page.getByTestId('versions-table').locator('tbody th')).toHaveText([
    'English',
    'Spanish',
    'French',
    'Portuguese',
  ]);
  await expect(row('en')).toHaveAttribute('data-status', 'original');
  await expect(row('es')).toHaveAttribute('data-status', 'not_started');
  const originalWords = Number((await row('en').getByTestId('version-words').innerText()).replace(/\D/g, ''));
  expect(originalWords).toBeGreaterThan(100);

  // Send to Spanish and French: one file each.
  const form = page.getByTestId('send-form');
  await expect(form.getByTestId('send-en')).toHaveCount(0);
  await expect(form.getByTestId('send-button')).toBeDisabled();
  await form.getByTestId('send-es').check();
  await form.getByTestId('send-fr').check();
  await form.getByTestId('send-translator').fill('Ana Pérez');
  await form.getByTestId('send-due').fill('2023-04-28');
  const sent = await downloadsOf(page, 2, () => form.getByTestId('send-button').click());
  const names = sent.map((d) => d.suggestedFilename()).sort();
  expect(names).toEqual([expect.stringMatching(/-to-es\.docx$/), expect.stringMatching(/-to-fr\.docx$/)]);
  const fileFor = (lang: string) => sent.find((d) => d.suggestedFilename().endsWith(`-to-${lang}.docx`))!;
  const spanishFile = await bytesOf(fileFor('es'));
  const frenchFile = await bytesOf(fileFor('fr'));
  expect(spanishFile.subarray(0, 2).toString()).toBe('PK');
  await expect(form.getByTestId('send-done')).toContainText('-to-es.docx');
  for (const lang of ['es', 'fr']) {
    await expect(row(lang)).toHaveAttribute('data-status', 'sent');
    await expect(row(lang).getByTestId('version-status')).toHaveText('Sent for translation');
    await expect(row(lang).getByTestId('sending')).toContainText('to Ana Pérez');
    await expect(row(lang).getByTestId('sending')).toContainText('due April 28, 2023');
  }
  await expect(row('pt')).toHaveAttribute('data-status', 'not_started');

  // The original is edited (here through the API, as the editor would save it): the screen says so.
  const content = structuredClone(original.content);
  const first = content.body.content.find((b) => b.type === 'paragraph' && b.content?.every((i) => i.type === 'text'))!;
  const oldText = first.content!.map((i) => i.text).join('');
  const newText = oldText.replace(/^(\S+ \S+ \S+)/, '$1 newly');
  first.content = [{ type: 'text', text: newText }];
  await callApi(page, 'documentVersions.update', { id: original.id, patch: { content } });
  await page.reload();
  await expect(row('es').getByTestId('version-changed')).toHaveText(
    /^The original changed since: 1 passage\(s\), \d+ word\(s\) to look at\.$/,
  );
  await expect(row('fr').getByTestId('version-changed')).toBeVisible();

  // What changed for Spanish: the passage, old and new, the inserted word marked.
  await row('es').getByTestId('what-changed-es').click();
  await expect(page.getByTestId('changes-heading')).toHaveText(
    'Concept paper: what changed since it was sent for the Spanish version',
  );
  const change = page.getByTestId('passage-change');
  await expect(change).toHaveCount(1);
  await expect(change.getByTestId('passage-old')).toHaveText(oldText);
  await expect(change.getByTestId('passage-new')).toHaveText(newText);
  await expect(change.getByTestId('passage-new').locator('ins')).toHaveText('newly ');
  await expect(change.getByTestId('passage-old').locator('del')).toHaveCount(0);
  await expect(page.getByTestId('changes-changed-words')).toHaveText('1');
  await expect(page.getByTestId('changes-words-now')).toHaveText((originalWords + 1).toLocaleString('en'));
  await expect(page.getByTestId('changes-words-sent')).toHaveText(originalWords.toLocaleString('en'));
  await page.screenshot({ path: screenshotPath('translation-changes-en'), fullPage: true });

  // Export the changes: the short file for the translator, nothing recorded.
  const [exportedChanges] = await downloadsOf(page, 1, () => page.getByTestId('changes-export').click());
  expect(exportedChanges!.suggestedFilename()).toBe('concept-paper-changes-es.docx');
  await expect(page.getByTestId('changes-done')).toHaveText('concept-paper-changes-es.docx is in your downloads.');
  await expect(change).toHaveCount(1);

  // Send the changes: the short file downloads, and there is nothing left to send.
  const [changesFile] = await downloadsOf(page, 1, () => page.getByTestId('changes-send').click());
  expect(changesFile!.suggestedFilename()).toBe('concept-paper-changes-es.docx');
  const changesZip = await JSZip.loadAsync(await bytesOf(changesFile!));
  expect(await changesZip.file('word/document.xml')!.async('string')).toContain('newly');
  await expect(page.getByTestId('changes-done')).toContainText('concept-paper-changes-es.docx');
  await expect(page.getByTestId('changes-none')).toHaveText('Nothing has changed since it was sent.');
  await expect(page.getByTestId('changes-send')).toBeDisabled();

  await page.getByRole('link', { name: 'Back to the languages of the Concept paper' }).click();
  await expect(row('es').getByTestId('version-changed')).toHaveCount(0);
  await expect(row('es').getByTestId('sending')).toContainText('due April 28, 2023');
  await expect(row('fr').getByTestId('version-changed')).toBeVisible();

  // Spanish comes back: the file that was sent, which has the structure of the original.
  await row('es').getByTestId('receive-es').click();
  const panel = page.getByTestId('receive-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Receive the Spanish translation');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await panel.getByTestId('receive-file').setInputFiles({ name: 'es.docx', mimeType: DOCX_TYPE, buffer: spanishFile });
  await expect(panel.getByTestId('inspect-matches')).toBeVisible();
  const footnotes = String(footnotesOf(original));
  await expect(panel.getByTestId('count-footnotes').locator('td')).toHaveText([footnotes, footnotes]);
  await expect(panel.getByTestId('receive-accept')).toHaveCount(0);
  await panel.getByTestId('receive-confirm').click();
  await expect(panel.getByTestId('receive-done')).toContainText('The Spanish translation was received');
  await expect(row('es')).toHaveAttribute('data-status', 'received');
  await expect(row('es').getByTestId('side-by-side-es')).toBeVisible();

  // French comes back with a paragraph dropped: the difference is shown with where it is; accepted, it is received.
  const { file: shortFrench } = await dropOneParagraph(frenchFile);
  await row('fr').getByTestId('receive-fr').click();
  await panel.getByTestId('receive-file').setInputFiles({ name: 'fr.docx', mimeType: DOCX_TYPE, buffer: shortFrench });
  await expect(panel.getByTestId('inspect-mismatch')).toBeVisible();
  await expect(panel.getByTestId('inspect-issues').locator('li')).toHaveText([
    /^Paragraph \d+ of the original is missing\.$/,
  ]);
  const counts = await panel.getByTestId('count-paragraphs').locator('td').allInnerTexts();
  expect(Number(counts[1])).toBe(Number(counts[0]) - 1);
  await expect(panel.getByTestId('receive-confirm')).toBeDisabled();
  await panel.getByTestId('receive-accept').check();
  await page.screenshot({ path: screenshotPath('translation-receive-mismatch-en'), fullPage: true });
  await panel.getByTestId('receive-confirm').click();
  await expect(panel.getByTestId('receive-done')).toContainText('The French translation was received');
  await expect(row('fr')).toHaveAttribute('data-status', 'received');

  // Spanish is final; the statuses move and stay.
  await row('es').getByTestId('status-es').selectOption('final');
  await expect(row('es')).toHaveAttribute('data-status', 'final');
  await expect(row('es').getByTestId('version-status')).toHaveText('Final');
  await page.reload();
  await expect(row('es')).toHaveAttribute('data-status', 'final');
  expect(
    await page
      .getByTestId('versions-table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status'))),
  ).toEqual(['original', 'final', 'received', 'not_started']);
  await page.screenshot({ path: screenshotPath('translation-versions-en'), fullPage: true });

  const after = await callApi<{ versions: { language: string; status: string }[] }>(page, 'translation.versions', {
    documentId,
  });
  expect(after.versions.map((v) => `${v.language} ${v.status}`)).toEqual([
    'en original',
    'es final',
    'fr received',
    'pt not_started',
  ]);
});

test('translation: a Word draft imported from Details becomes a new document, and the screens read in French', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url, /^Details and documents$/);
  const { documentId, original } = await demoPaper(page);
  // last year's translator's copy (the copy that carries the notes to the translator)
  const sent = await deliverApi(page, 'translation.send', {
    documentId,
    languages: ['pt'],
    translator: '',
  });
  const exported = sent.files[0]!;

  const draft = page.getByTestId('import-draft');
  await draft.getByTestId('import-draft-kind').selectOption('report');
  await draft.getByTestId('import-draft-language').selectOption('en');
  await draft
    .getByTestId('import-draft-file')
    .setInputFiles({ name: 'last-year.docx', mimeType: DOCX_TYPE, buffer: exported.bytes });
  const done = draft.getByTestId('import-draft-done');
  await expect(done).toContainText('The draft is now a new Report in English.');
  await expect(done.getByTestId('imported-footnotes')).toHaveText(String(footnotesOf(original)));
  await expect(done.getByTestId('imported-notes')).not.toHaveText('0');
  await expect(page.getByTestId('document-row').filter({ hasText: 'Report' })).toHaveCount(1);
  // An order of business is made from the agenda in every language: nothing to send to translators.
  await page.getByLabel('Kind of document', { exact: true }).selectOption('order_of_business');
  await page.getByRole('button', { name: 'Add the document' }).click();
  const orderRow = page.getByTestId('document-row').filter({ hasText: 'Order of business' });
  await expect(orderRow).toHaveCount(1);
  await expect(orderRow.getByTestId('translation-link')).toHaveCount(0);
  await expect(page.getByTestId('document-row').getByTestId('translation-link')).toHaveCount(2);
  await page.getByTestId('documents-table').screenshot({ path: screenshotPath('translation-documents-en') });

  await draft.screenshot({ path: screenshotPath('translation-import-draft-en') });

  // In French: the versions screen of the new document, then its editor.
  await page.getByTestId('language-switcher').selectOption('fr');
  await expect(done).toContainText('Le projet est maintenant un nouveau document');
  await expect(done.getByTestId('imported-warnings')).toHaveCount(0);
  await done.getByRole('link', { name: 'Langues et traduction' }).click();
  await expect(page.getByTestId('translation-heading')).toHaveText('Rapport\u00a0: langues et traduction');
  await expect(page.getByTestId('version-row-en').getByTestId('version-status')).toHaveText('Original');
  await expect(page.getByTestId('version-row-fr').getByTestId('version-status')).toHaveText('Pas commencée');
  await page.screenshot({ path: screenshotPath('translation-versions-fr'), fullPage: true });
  await page.getByTestId('open-en').click();
  await expect(page.getByTestId('document-editor-heading')).toBeVisible();

  // A new document without text takes its original from a Word file on its versions screen.
  await page.getByRole('link', { name: 'Retour à Informations et documents' }).click();
  await page.getByLabel('Type de document', { exact: true }).selectOption('note');
  await page.getByRole('button', { name: 'Ajouter le document' }).click();
  const noteRow = page
    .getByTestId('document-row')
    .filter({ has: page.getByRole('cell', { name: 'Note', exact: true }) });
  await noteRow.getByTestId('translation-link').click();
  await expect(page.getByTestId('send-button')).toBeDisabled();
  await page
    .getByTestId('import-original-file')
    .setInputFiles({ name: 'note.docx', mimeType: DOCX_TYPE, buffer: exported.bytes });
  await expect(page.getByTestId('import-original').getByTestId('imported-footnotes')).toHaveText(
    String(footnotesOf(original)),
  );
  await expect(page.getByTestId('version-row-en').getByTestId('version-words')).not.toHaveText('0');
  await page.getByTestId('send-pt').check();
  await expect(page.getByTestId('send-button')).toBeEnabled();
});

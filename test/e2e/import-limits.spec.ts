import JSZip from 'jszip';
import { expect, screenshotPath, test } from './fixtures';
import { callApi, deliverApi } from './page-data';
import { openDemo } from './screens-helpers';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The demo's concept paper as exported, with `count` unreferenced one-letter footnotes appended. */
async function withFootnotes(docx: Buffer, count: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/footnotes.xml')!.async('string');
  const notes = Array.from(
    { length: count },
    (_, i) => `<w:footnote w:id="${i + 100}"><w:p><w:r><w:t>a</w:t></w:r></w:p></w:footnote>`,
  );
  zip.file('word/footnotes.xml', xml.replace('</w:footnotes>', `${notes.join('')}</w:footnotes>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

test('a Word draft beyond a limit is refused with the limit said in the screen’s language', async ({ page, app }) => {
  await openDemo(page, app.url, /^Details and documents$/);
  const [session] = await callApi<{ id: string }[]>(page, 'sessions.list', {});
  const docs = await callApi<{ id: string; kind: string }[]>(page, 'documents.list', { sessionId: session!.id });
  const paper = docs.find((d) => d.kind === 'concept_paper')!;
  const exported = await deliverApi(page, 'documents.exportDocx', {
    documentId: paper.id,
    language: 'en',
  });
  const buffer = await withFootnotes(exported.files[0]!.bytes, 6_000);

  const draft = page.getByTestId('import-draft');
  await draft.getByTestId('import-draft-kind').selectOption('report');
  await draft.getByTestId('import-draft-language').selectOption('en');
  await draft
    .getByTestId('import-draft-file')
    .setInputFiles({ name: 'too-many-notes.docx', mimeType: DOCX_TYPE, buffer });
  const refused = draft.getByTestId('import-draft-refused');
  await expect(refused.getByTestId('error-notice')).toHaveAttribute('data-error-code', 'over_limit');
  await expect(refused).toContainText(
    'This file holds more than Session Desk reads, so it was not read. Nothing was changed.',
  );
  await expect(refused.getByTestId('limit-reasons')).toHaveText(
    'The document has more than 5,000 footnotes and endnotes.',
  );
  await expect(page.getByTestId('document-row').filter({ hasText: 'Report' })).toHaveCount(0);
  await draft.screenshot({ path: screenshotPath('import-limits-draft-en') });

  await page.getByTestId('language-switcher').selectOption('es');
  await draft
    .getByTestId('import-draft-file')
    .setInputFiles({ name: 'demasiadas-notas.docx', mimeType: DOCX_TYPE, buffer });
  await expect(refused.getByTestId('limit-reasons')).toHaveText(
    'El documento tiene más de 5000 notas al pie y notas finales.',
  );
  await draft.screenshot({ path: screenshotPath('import-limits-draft-es') });
});

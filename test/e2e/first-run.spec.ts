import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { test as base } from '@playwright/test';
import { expect, screenshotPath, startServer, type AppServer } from './fixtures';
import { deliverApi } from './page-data';
import { openDemo } from './screens-helpers';

/** A host as a newcomer starts it: no `--demo`, so the first start makes the demo as held. */
const test = base.extend<{ app: AppServer }>({
  app: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-first-run-'));
    const { server, child } = await startServer(path.join(dir, 'first.sqlite'), process.env, 'held');
    await use(server);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

test('a first start shows the demo session as held: its record, five good practices, and the documents after it', async ({
  page,
  app,
}) => {
  await openDemo(page, app.url);
  await expect(page.getByTestId('session-facts')).toContainText('Held');
  const sessionId = page.url().match(/sessions\/([0-9a-f-]{36})/)![1]!;

  await page
    .getByRole('navigation', { name: 'Screens of this session' })
    .getByRole('link', { name: /^Good practices/ })
    .click();
  await expect(page.getByTestId('practice-row')).toHaveCount(5);
  await expect(page.getByTestId('practice-record-entry').first()).toBeVisible();
  for (const state of ['Mexico', 'Colombia', 'Canada', 'Brazil', 'Costa Rica'])
    await expect(page.getByTestId('practice-list')).toContainText(state);
  await page.screenshot({ path: screenshotPath('first-run-held-practices-en'), fullPage: false });

  await page
    .getByRole('navigation', { name: 'Screens of this session' })
    .getByRole('link', { name: /^Details/ })
    .click();
  const documents = page.getByTestId('documents-table');
  for (const kind of ['Session report', 'Compilation of good practices']) await expect(documents).toContainText(kind);
  // made from the record: nothing to write by hand
  await expect(documents.getByTestId('write-original')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('first-run-held-details-en'), fullPage: false });

  // the chair's script of the same session gives the delegations the floor in the list's order
  const script = await deliverApi(page, 'sessions.exportDocx', { sessionId, kind: 'chairs_script', language: 'fr' });
  const scriptXml = await (await JSZip.loadAsync(script.files[0]!.bytes)).file('word/document.xml')!.async('string');
  expect(scriptXml).toContain('la délégation du Mexique');

  // the report names who took the floor, with the spoken time the record kept
  const report = await deliverApi(page, 'sessions.exportDocx', { sessionId, kind: 'session_report', language: 'en' });
  const xml = await (await JSZip.loadAsync(report.files[0]!.bytes)).file('word/document.xml')!.async('string');
  expect(xml).toContain('Took the floor, in order:');
  expect(xml).toContain('Mexico');
});

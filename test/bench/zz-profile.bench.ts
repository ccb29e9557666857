import fs from 'node:fs';
import { FOOTNOTES } from '../../bench/long-paper';
import { expect, test } from '../e2e/fixtures';
import { timeScreen } from './timing';
import { callApi } from '../e2e/api-from-page';
import { buildLongPaper } from '../../bench/long-paper';

test('profile', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const [session] = await callApi(page, 'sessions.list', {});
  const docs = await callApi(page, 'documents.list', { sessionId: session.id });
  const paper = docs.find((d: { kind: string }) => d.kind === 'concept_paper')!;
  const versions = await callApi(page, 'documentVersions.list', { documentId: paper.id });
  await callApi(page, 'documentVersions.update', { id: versions[0].id, patch: { content: buildLongPaper().content } });
  const hash = `#/sessions/${session.id}/documents/${paper.id}/en`;
  await timeScreen(page, hash, '[data-testid="footnote-item"]', FOOTNOTES);
  await timeScreen(page, '#/', '[data-testid="session-row"]', 1);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  console.log(await timeScreen(page, hash, '[data-testid="footnote-item"]', FOOTNOTES));
  const { profile } = await cdp.send('Profiler.stop');
  fs.writeFileSync('/tmp/open.cpuprofile', JSON.stringify(profile));
});

import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../shared/api/contract';
import { plainText } from '../../shared/content/helpers';
import type { GoodPractice } from '../../shared/domain/good-practice';
import { openTempStore, type TempStore } from '../support/temp-store';
import { docxParts, textOf } from '../exports/docx-tools';

/*
 * Issue 18: the good practices and the items' summaries go through translation with the session's
 * texts: out in the translator's file under their own keys, back into the language received.
 */

let store: TempStore;
let sessionId: string;
let file: Buffer;

beforeAll(async () => {
  store = await openTempStore();
  ({ sessionId } = await store.call<{ sessionId: string }>('demo.create', { held: true }));
  const sent = await store.call<OutputOf<'translation.sessionTexts.send'>>('translation.sessionTexts.send', {
    sessionId,
    languages: ['fr'],
    translator: 'Marie Dubois',
  });
  file = Buffer.from(sent.files[0]!.file.bytes);
});
afterAll(() => store.close());

describe('good practices and summaries through translation', () => {
  it('are in the translator’s file, each under its key', async () => {
    const text = textOf((await docxParts(file))['word/document.xml']!);
    for (const key of ['item-3.summary', 'practice-1.title', 'practice-5.text']) expect(text).toContain(key);
    expect(text).toContain('Community sponsorship of refugees');
    expect(text).toContain('The order of business was adopted without amendment.');
  });

  it('come back into the language received', async () => {
    const zip = await JSZip.loadAsync(file);
    const xml = (await zip.file('word/document.xml')!.async('string'))
      .replace('Community sponsorship of refugees', 'Parrainage communautaire [FR]')
      .replace('The order of business was adopted without amendment.', 'Ordre du jour adopté [FR].');
    zip.file('word/document.xml', xml);
    const base64 = await zip.generateAsync({ type: 'base64' });
    const received = await store.api.call('translation.sessionTexts.receive', {
      sessionId,
      language: 'fr',
      base64,
      replaceExisting: true,
    });
    expect(received).toMatchObject({ ok: true });
    const practices = await store.call<GoodPractice[]>('goodPractices.list', { sessionId });
    const canada = practices.find((p) => p.title.en === 'Community sponsorship of refugees')!;
    expect(canada.title.fr).toBe('Parrainage communautaire [FR]');
    // the language it was given in is untouched
    expect(canada.title.en).toBe('Community sponsorship of refugees');
    const report = await store.call<OutputOf<'sessionReport.get'>>('sessionReport.get', { sessionId });
    expect(report.summaries.map((s) => plainText(s.summary.fr))).toContain('Ordre du jour adopté [FR].');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnglishOnlySession, type EnglishOnlySession } from '../support/english-only-session';
import { openTempStore, type TempStore } from '../support/temp-store';
import { allOf, docxParts, textOf } from './docx-tools';

/*
 * A French export of an English-only session prints the English texts (it falls back rather than
 * leave them out), and each such run says it is English, so that Word's spell checker and the
 * translator's tool treat it as the foreign passage it is. The French text around it carries no tag:
 * French is the default style's language.
 */

let store: TempStore;
let fresh: EnglishOnlySession;

beforeAll(async () => {
  store = await openTempStore();
  fresh = await createEnglishOnlySession((name, input) => store.call(name, input));
});
afterAll(() => store?.close());

async function frenchExport(kind: string, documentId?: string) {
  const file = documentId
    ? await store.call<{ bytes: Uint8Array }>('documents.exportDocx', { documentId, language: 'fr' })
    : await store.call<{ bytes: Uint8Array }>('sessions.exportDocx', {
        sessionId: fresh.sessionId,
        kind,
        language: 'fr',
      });
  const parts = await docxParts(Buffer.from(file.bytes));
  const document = parts['word/document.xml']!;
  return {
    parts,
    /** The runs holding `text`, whole. */
    runsOf: (text: string) => allOf(document, /(<w:r>.*?<\/w:r>)/g).filter((run) => textOf(run).includes(text)),
  };
}

const ENGLISH = '<w:lang w:val="en-US"/>';

describe('a French export of an English-only session', () => {
  it('tags the English session title and item titles of the order of business as English', async () => {
    const { parts, runsOf } = await frenchExport('order_of_business');
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="fr-FR"/>');
    for (const text of ['Migration governance 2027', 'Opening remarks', 'Round table on labour migration']) {
      const [run] = runsOf(text);
      expect(run, text).toContain(ENGLISH);
    }
    // the French boilerplate is untagged
    const [convening] = runsOf('Date');
    expect(convening).not.toContain('<w:lang');
  });

  it('tags the English annotation of the annotated agenda as English', async () => {
    const [run] = (await frenchExport('annotated_agenda')).runsOf('Panelists present the regional processes first.');
    expect(run).toContain(ENGLISH);
  });

  it('tags the English-only organization of the list of speakers, and not the state named in French', async () => {
    const { runsOf } = await frenchExport('list_of_speakers');
    expect(runsOf('Migrant Workers Network')[0]).toContain(ENGLISH);
    const [mexico] = runsOf('Mexique');
    expect(mexico).toBeDefined();
    expect(mexico).not.toContain('<w:lang');
  });

  it('tags the English guiding question printed in a French concept paper', async () => {
    await store.call('documentVersions.create', {
      documentId: fresh.paperId,
      language: 'fr',
      status: 'received',
      controlNumber: '',
      content: {
        schemaVersion: 1,
        titleBlock: { title: 'Gouvernance des migrations 2027', subtitle: '', date: '', authorship: '' },
        body: { type: 'doc', content: [{ type: 'guidingQuestions' }] },
      },
    });
    const [run] = (await frenchExport('', fresh.paperId)).runsOf('What has your mechanism learned since 2023?');
    expect(run).toContain(ENGLISH);
  });
});

import { SESSION_EXPORT_KINDS } from '../../shared/api/document-procedures';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyContent } from '../../shared/content/helpers';
import { openTempStore, type TempStore } from '../support/temp-store';

/* "Export all": the app's zip of every document of a session in the chosen languages. */

let store: TempStore;
let sessionId = '';

const call = <T>(name: string, input: unknown) => store.call<T>(name, input);

async function entries(languages: string[]): Promise<{ fileName: string; names: string[] }> {
  const file = await call<{ fileName: string; bytes: Uint8Array }>('sessions.exportAllDocx', { sessionId, languages });
  const zip = await JSZip.loadAsync(file.bytes);
  const names = Object.keys(zip.files).sort();
  for (const name of names) {
    const bytes = await zip.file(name)!.async('uint8array');
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  }
  return { fileName: file.fileName, names };
}

beforeAll(async () => {
  store = await openTempStore();
  ({ sessionId } = await call<{ sessionId: string }>('demo.create', {}));
});

afterAll(async () => {
  await store.close();
});

describe('sessions.exportAllDocx', () => {
  it('zips the concept paper where it has a version and the documents the session makes per language', async () => {
    const { fileName, names } = await entries(['en', 'es']);
    expect(fileName).toMatch(/^CAM \d{4}-\d{2}-\d{2} documents\.zip$/);
    expect(names).toHaveLength(1 + SESSION_EXPORT_KINDS.length * 2);
    expect(names.filter((n) => n.includes('concept-paper') || n.startsWith('CP'))).toHaveLength(1);
    expect(names).toEqual(
      expect.arrayContaining([
        'order-of-business-en.docx',
        'order-of-business-es.docx',
        'annotated-agenda-en.docx',
        'annotated-agenda-es.docx',
        'list-of-speakers-en.docx',
        'list-of-speakers-es.docx',
        'chairs-script-en.docx',
        'chairs-script-es.docx',
        'session-report-en.docx',
        'good-practices-es.docx',
      ]),
    );
  });

  it('takes each version in the chosen languages only, and names twins apart', async () => {
    const [paper] = await call<{ id: string }[]>('documents.list', { sessionId });
    await call('documentVersions.create', {
      documentId: paper!.id,
      language: 'fr',
      status: 'received',
      content: emptyContent(),
      controlNumber: '',
    });
    expect((await entries(['fr'])).names).toHaveLength(1 + SESSION_EXPORT_KINDS.length);
    expect((await entries(['pt'])).names).toHaveLength(SESSION_EXPORT_KINDS.length);
    // a second concept paper without a symbol: the same file name, made unique
    const second = await call<{ id: string }>('documents.create', {
      sessionId,
      kind: 'concept_paper',
      symbol: null,
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: 'fr',
    });
    await call('documentVersions.create', {
      documentId: second.id,
      language: 'fr',
      status: 'original',
      content: emptyContent(),
      controlNumber: '',
    });
    const { names } = await entries(['fr']);
    expect(names).toHaveLength(2 + SESSION_EXPORT_KINDS.length);
    expect(new Set(names).size).toBe(2 + SESSION_EXPORT_KINDS.length);
  });

  it('refuses no language, a language twice, and an unknown session', async () => {
    for (const languages of [[], ['en', 'en'], ['en', 'de']]) {
      const result = await store.api.call('sessions.exportAllDocx', { sessionId, languages });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    const missing = await store.api.call('sessions.exportAllDocx', {
      sessionId: '00000000-0000-4000-8000-000000000000',
      languages: ['en'],
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

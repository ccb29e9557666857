import type { Case } from './procedure-cases';

const missing = '00000000-0000-4000-8000-000000000000';

const expectDocx = (value: unknown, fileName: string) => {
  const file = value as { fileName: string; bytes: Uint8Array };
  if (file.fileName !== fileName) throw new Error(`file name: expected ${fileName}, got ${file.fileName}`);
  // a DOCX is a zip file: "PK\x03\x04"
  if (
    !Buffer.from(file.bytes)
      .subarray(0, 4)
      .equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  ) {
    throw new Error('not a zip file');
  }
};

/** Happy and bad inputs of the documents feature's procedures. */
export const DOCUMENT_CASES: Record<string, Case> = {
  'documents.exportDocx': {
    happy: (c) => ({ documentId: c.documentId, language: 'en' }),
    expect: (v) => expectDocx(v, 'concept-paper-en.docx'),
    // the demo paper has no Spanish version yet
    bad: (c) => ({ documentId: c.documentId, language: 'es' }),
    badCode: 'not_found',
  },
  'sessions.exportDocx': {
    happy: (c) => ({ sessionId: c.sessionId, kind: 'list_of_speakers', language: 'fr' }),
    expect: (v) => expectDocx(v, 'list-of-speakers-fr.docx'),
    bad: () => ({ sessionId: missing, kind: 'order_of_business', language: 'en' }),
    badCode: 'not_found',
  },
  'sessions.exportAllDocx': {
    happy: (c) => ({ sessionId: c.sessionId, languages: ['en'] }),
    expect: (v) => {
      const file = v as { fileName: string; bytes: Uint8Array };
      if (!file.fileName.endsWith(' documents.zip')) throw new Error(`file name: ${file.fileName}`);
      if (!Buffer.from(file.bytes).subarray(0, 2).equals(Buffer.from('PK'))) throw new Error('not a zip');
    },
    bad: (c) => ({ sessionId: c.sessionId, languages: [] }),
    badCode: 'validation',
  },
  'exports.missingTexts': {
    happy: (c) => ({ sessionId: c.sessionId, lang: 'fr', kind: 'order_of_business' }),
    // the demo session's agenda is written in all four languages
    expect: (v) => {
      if (!Array.isArray(v) || v.length !== 0) throw new Error(`expected nothing missing, got ${JSON.stringify(v)}`);
    },
    bad: (c) => ({ sessionId: c.sessionId, lang: 'de' }),
    badCode: 'validation',
  },
};

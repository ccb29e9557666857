import { dumpDatabase } from '../support/temp-store';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_LIMITS } from '../../main/word-reader';
import { openTempStore, type TempStore } from '../support/temp-store';
import { storeReferencePaper, type ReferenceSetup } from '../exports/store-reference-paper';

/*
 * Files a user may pick by mistake, or that arrive damaged: each is refused with a clear message
 * (the bad_file code, its i18n key, and an issue saying what is wrong and where), whether it is
 * imported as a draft or received as a translation, and the database is left exactly as it was.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal DOCX: the given body XML (or a whole document.xml), and hyperlink relationships. */
async function docx(body: string | null, options: { documentXml?: string; links?: Record<string, string> } = {}) {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    options.documentXml ??
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
  );
  const links = Object.entries(options.links ?? {})
    .map(
      ([id, target]) =>
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${target}" TargetMode="External"/>`,
    )
    .join('');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${links}</Relationships>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

let store: TempStore;
let setup: ReferenceSetup;
const files: Record<string, { bytes: Buffer; message: RegExp; code?: string }> = {};

beforeAll(async () => {
  store = await openTempStore();
  setup = await storeReferencePaper(store);
  await store.call('translation.send', { documentId: setup.documentId, languages: ['es'], translator: '' });
  const good = await docx(paragraph('A good paragraph.'));
  files['a truncated zip'] = {
    bytes: good.subarray(0, Math.floor(good.length / 2)),
    message: /cut short|damaged/,
  };
  files['a PDF'] = {
    bytes: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'),
    message: /this is a PDF, not a Word document/,
  };
  files['a text file'] = {
    bytes: Buffer.from('Concept paper\n\nIn the Americas…'),
    message: /this is not a Word document/,
  };
  const odt = new JSZip();
  odt.file('mimetype', 'application/vnd.oasis.opendocument.text');
  odt.file('content.xml', '<office:document-content/>');
  files['an ODT'] = {
    bytes: await odt.generateAsync({ type: 'nodebuffer' }),
    message: /OpenDocument file \(\.odt\), not a Word document: save it as \.docx/,
  };
  files['a DOCX with no body'] = {
    bytes: await docx(null, { documentXml: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"/>` }),
    message: /the document has no body/,
  };
  files['a DOCX with an empty body'] = { bytes: await docx(''), message: /the document has no text/ };
  files['a DOCX of 12,000 paragraphs'] = {
    bytes: await docx(Array.from({ length: 12_000 }, (_, i) => paragraph(`Paragraph ${i + 1}.`)).join('')),
    message: /the document has 12,000 paragraphs, more than the 10,000 Session Desk reads/,
    code: 'over_limit',
  };
  files['a DOCX with a javascript: link'] = {
    bytes: await docx(
      paragraph('First.') +
        paragraph('Second.') +
        `<w:p><w:r><w:t xml:space="preserve">Click </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>here</w:t></w:r></w:hyperlink></w:p>`,
      { links: { rId9: 'javascript:alert(document.cookie)' } },
    ),
    message:
      /paragraph 3 holds a link to "javascript:alert\(document.cookie\)": only http, https and mailto links are allowed/,
  };
  files['a DOCX with a disguised javascript: link'] = {
    bytes: await docx(`<w:p><w:hyperlink r:id="rId3"><w:r><w:t>here</w:t></w:r></w:hyperlink></w:p>`, {
      links: { rId3: ' JaVa&#9;Script:alert(1)' },
    }),
    message: /paragraph 1 holds a link to .*only http, https and mailto links are allowed/,
  };
  files['a DOCX with a javascript: HYPERLINK field'] = {
    bytes: await docx(
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "javascript:alert(1)" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>here</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    ),
    message: /paragraph 1 holds a link to "javascript:alert\(1\)"/,
  };
  files['a DOCX whose XML is broken'] = {
    bytes: await docx(null, { documentXml: `<w:document xmlns:w="${W}"><w:body><w:p></w:body>` }),
    message: /not well-formed XML/,
  };
  files['a DOCX declaring a DTD'] = {
    bytes: await docx(null, {
      documentXml: `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><w:document xmlns:w="${W}"><w:body>${paragraph('&lol;')}</w:body></w:document>`,
    }),
    message: /declares a DTD/,
  };
}, 60_000);

afterAll(() => store?.close());

describe('a link the schema does not allow but that runs nothing', () => {
  it('comes in as plain text, with a warning', async () => {
    const bytes = await docx(
      `<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rId4"><w:r><w:t>the shared folder</w:t></w:r></w:hyperlink></w:p>`,
      { links: { rId4: 'file:///S:/CAM/2023/draft.docx' } },
    );
    const result = await store.call<{ versionId: string; imported: { links: number; warnings: { code: string }[] } }>(
      'translation.importDraft',
      { sessionId: setup.sessionId, kind: 'note', language: 'en', base64: bytes.toString('base64') },
    );
    expect(result.imported.links).toBe(0);
    expect(result.imported.warnings.map((w) => w.code)).toEqual(['links_dropped']);
    const version = await store.call<{ content: unknown }>('documentVersions.get', { id: result.versionId });
    expect(JSON.stringify(version.content)).toContain('{"type":"text","text":"See the shared folder"}');
  });
});

describe('a bad file', () => {
  it('is refused whether imported as a draft or received as a translation, and changes nothing', async () => {
    expect(DOCX_LIMITS.paragraphs).toBe(10_000);
    for (const [what, file] of Object.entries(files)) {
      const code = file.code ?? 'bad_file';
      const base64 = file.bytes.toString('base64');
      const inputs = {
        'translation.importDraft': { sessionId: setup.sessionId, kind: 'report', language: 'en', base64 },
        'translation.inspect': { documentId: setup.documentId, language: 'es', base64 },
        'translation.receive': {
          documentId: setup.documentId,
          language: 'es',
          base64,
          acceptMismatches: true,
          replaceExisting: true,
        },
      };
      for (const [procedure, input] of Object.entries(inputs)) {
        const before = await dumpDatabase(store.db);
        const started = Date.now();
        const result = await store.api.call(procedure, input);
        const ms = Date.now() - started;
        expect(result.ok, `${what} via ${procedure}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, what).toBe(code);
        expect(result.error.messageKey).toBe(`errors.${code}`);
        const messages = result.error.issues.map((i) => i.message).join('; ');
        if (procedure === 'translation.importDraft')
          console.info(`${what}: ${result.error.code} ${messages} (${ms} ms)`);
        expect(messages, what).toMatch(file.message);
        expect(JSON.stringify(result.error)).not.toMatch(/at .*\.ts:\d+/);
        expect(await dumpDatabase(store.db), `${what} via ${procedure} left the database as it was`).toBe(before);
        expect(ms, `${what} is refused quickly`).toBeLessThan(5_000);
      }
    }
  }, 60_000);

  it('a file over 20 MB is refused by the contract before it is read', async () => {
    const before = await dumpDatabase(store.db);
    const result = await store.api.call('translation.importDraft', {
      sessionId: setup.sessionId,
      kind: 'report',
      language: 'en',
      base64: 'A'.repeat(28_000_000),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dumpDatabase(store.db)).toBe(before);
  });
});

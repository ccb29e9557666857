import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../shared/content/import-limits';
import { startHttpHost, type Host } from '../../main/web/http-host';
import { openTempStore, type TempStore } from '../support/temp-store';
import { demoFiles, entriesOf, withPartText, type DemoFiles } from '../safety/reader-fixtures';
import { craftZip, deflatedZeros } from '../safety/zip-craft';
import { partsOf, zipParts } from '../safety/session-file-fixtures';
import { parseSessionFile } from '../../main/session-files/session-file-import';
import { LANGUAGES } from '../../shared/domain/languages';
import { buildLongPaper } from '../../bench/long-paper';

/*
 * Hostile Word documents, made from the demo's exported concept paper, each refused through the
 * API (so read in the worker) with a typed refusal that names the limit, in under 5 s, the
 * process's memory (sampled every 5 ms: the main thread stays free while the worker reads) growing
 * by less than 300 MB over what it held before the call. The app itself holds about 150 MB (the
 * CLI refuses each of these files at 185 to 225 MB of peak RSS for the whole process), so that is
 * under 600 MB; this test process holds more, the garbage of making the files. The figures are
 * printed. Then: while a long document is being inspected over the HTTP host, another call
 * answers at once.
 */

const FOOTNOTES = 'word/footnotes.xml';
const DOCUMENT = 'word/document.xml';

const appendFootnotes =
  (count: number, text = 'a') =>
  (xml: string) => {
    const notes: string[] = [];
    for (let i = 0; i < count; i++)
      notes.push(`<w:footnote w:id="${i + 100}"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:footnote>`);
    return xml.replace('</w:footnotes>', `${notes.join('')}</w:footnotes>`);
  };

/** Footnote 1's text replaced by `chars` characters, in runs of 10,000 (each within the schema's cap on one text). */
const bigFootnote = (chars: number) => (xml: string) => {
  const run = `<w:r><w:t>${'x'.repeat(10_000)}</w:t></w:r>`;
  const runs = run.repeat(Math.ceil(chars / 10_000));
  return xml.replace(/(<w:footnote w:id="1">.*?<w:p>.*?)(<w:r>.*?)(<\/w:p><\/w:footnote>)/s, `$1${runs}$3`);
};

const nested = (depth: number) => (xml: string) =>
  xml.replace('<w:body>', `<w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}${'</w:sdtContent></w:sdt>'.repeat(depth)}`);

let store: TempStore;
let demo: DemoFiles;
const hostile: { name: string; file: () => Buffer; code: string; says: RegExp }[] = [
  {
    name: '719,720 one-letter footnotes appended (the report’s file)',
    file: () => withPartText(demo.docx, FOOTNOTES, appendFootnotes(719_720)),
    code: 'over_limit',
    says: /limit\.partBytes: word\/footnotes\.xml: the entry declares 5\d\.\d MB once unpacked, more than the 16\.0 MB/,
  },
  {
    name: '100,000 footnotes, none referenced (a part under the size limit)',
    file: () => withPartText(demo.docx, FOOTNOTES, appendFootnotes(100_000)),
    code: 'over_limit',
    says: /limit\.footnotes: word\/footnotes\.xml: the document has more than the 5,000 footnotes and endnotes/,
  },
  {
    name: '50 MB of text in footnote 1 (the report’s file)',
    file: () => withPartText(demo.docx, FOOTNOTES, bigFootnote(50_000_000)),
    code: 'over_limit',
    says: /limit\.partBytes: word\/footnotes\.xml: the entry declares 4\d\.\d MB once unpacked/,
  },
  {
    name: '10 MB of text in footnote 1 (a part under the size limit)',
    file: () => withPartText(demo.docx, FOOTNOTES, bigFootnote(10_000_000)),
    code: 'over_limit',
    says: /limit\.documentChars: word\/footnotes\.xml: the document holds more than the 3,000,000 characters/,
  },
  {
    name: '60,000 characters in footnote 1',
    file: () => withPartText(demo.docx, FOOTNOTES, bigFootnote(60_000)),
    code: 'over_limit',
    says: /limit\.textChars: file: footnote 1 has 6\d,\d{3} characters, more than the 50,000 Session Desk reads in one footnote/,
  },
  {
    name: 'XML nested 200,000 deep',
    file: () => withPartText(demo.docx, DOCUMENT, nested(200_000)),
    code: 'over_limit',
    says: /limit\.xmlDepth: word\/document\.xml: XML elements nested more than 128 deep/,
  },
  {
    name: 'a zip bomb part that declares its 1 GB',
    file: () =>
      craftZip(
        entriesOf(demo.docx).map((e) =>
          e.name === DOCUMENT
            ? { name: e.name, data: Buffer.alloc(0), packed: deflatedZeros(1024), declaredSize: 1024 ** 3, crc32: 0 }
            : e,
        ),
      ),
    code: 'over_limit',
    says: /limit\.partBytes: word\/document\.xml: the entry declares 1024\.0 MB once unpacked/,
  },
  {
    name: 'a zip bomb part that lies: declares 7 KB, unpacks to 1 GB',
    file: () =>
      craftZip(
        entriesOf(demo.docx).map((e) =>
          e.name === DOCUMENT
            ? { name: e.name, data: e.data, packed: deflatedZeros(1024), crc32: zlib.crc32(e.data) }
            : e,
        ),
      ),
    code: 'bad_file',
    says: /word\/document\.xml: the entry unpacks to more than it declares \(a zip bomb\?\)/,
  },
];

beforeAll(async () => {
  store = await openTempStore();
  demo = await demoFiles(store);
  await store.call('translation.send', { documentId: demo.documentId, languages: ['es'], translator: '' });
}, 60_000);
afterAll(() => store?.close());

/** The call's answer, its time, and the process's peak RSS while it ran. */
async function measured(name: string, input: unknown) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const result = await store.api.call(name, input);
  const ms = performance.now() - started;
  clearInterval(sampler);
  const mb = (n: number) => n / 1024 / 1024;
  return { result, ms, peakMb: mb(Math.max(peak, process.memoryUsage().rss)), beforeMb: mb(before) };
}

describe('a hostile Word document', () => {
  it('the demo paper itself comes in', async () => {
    const { result } = await measured('translation.inspect', {
      documentId: demo.documentId,
      language: 'es',
      base64: demo.docx.toString('base64'),
    });
    expect(result.ok).toBe(true);
  });

  for (const bad of hostile) {
    it(`is refused in under 5 s and 300 MB more, the limit named: ${bad.name}`, async () => {
      const bytes = bad.file();
      const before = await store.dump();
      const { result, ms, peakMb, beforeMb } = await measured('translation.inspect', {
        documentId: demo.documentId,
        language: 'es',
        base64: bytes.toString('base64'),
      });
      console.info(
        `${bad.name}: ${(bytes.length / 1024).toFixed(0)} KB file, refused in ${ms.toFixed(0)} ms, peak RSS ${peakMb.toFixed(0)} MB (${beforeMb.toFixed(0)} MB before): ` +
          (result.ok
            ? 'accepted'
            : `${result.error.code} ${result.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`),
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(bad.code);
      expect(result.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')).toMatch(bad.says);
      expect(ms).toBeLessThan(5_000);
      expect(peakMb - beforeMb).toBeLessThan(300);
      expect(await store.dump()).toBe(before);
    }, 30_000);
  }

  it('is refused the same way when imported as a draft or received', async () => {
    const base64 = hostile[1]!.file().toString('base64');
    for (const [name, input] of [
      ['translation.importDraft', { sessionId: demo.sessionId, kind: 'report', language: 'en', base64 }],
      [
        'translation.receive',
        { documentId: demo.documentId, language: 'es', base64, acceptMismatches: true, replaceExisting: true },
      ],
    ] as const) {
      const result = await store.api.call(name, input);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'over_limit' } });
    }
  });
});

function post(host: Host, name: string, input: unknown): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: {
          host: `127.0.0.1:${host.port}`,
          'content-type': 'application/json',
          authorization: `Bearer ${host.token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('while a long document is read', () => {
  it('the host answers other calls at once', async () => {
    // near the limits: 9,000 paragraphs of about 300 characters, 4,500 of them with a footnote
    const paragraphs: string[] = [];
    const notes: string[] = [];
    for (let i = 0; i < 9_000; i++) {
      const text = `Paragraph ${i + 1}: ${'migration governance and regional cooperation '.repeat(6)}`;
      const ref = i % 2 ? '' : `<w:r><w:footnoteReference w:id="${i + 10}"/></w:r>`;
      paragraphs.push(`<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r>${ref}</w:p>`);
      if (!ref) continue;
      notes.push(`<w:footnote w:id="${i + 10}"><w:p><w:r><w:t>Note ${i + 1}.</w:t></w:r></w:p></w:footnote>`);
    }
    const long = withPartText(
      withPartText(demo.docx, DOCUMENT, (xml) => xml.replace('<w:body>', `<w:body>${paragraphs.join('')}`)),
      FOOTNOTES,
      (xml) => xml.replace('</w:footnotes>', `${notes.join('')}</w:footnotes>`),
    );
    expect(9_000 + 20).toBeLessThan(IMPORT_LIMITS.paragraphs);
    const host = await startHttpHost({ api: store.api, rendererRoot: null, port: 0 });
    try {
      const started = performance.now();
      let inspectMs = 0;
      const inspecting = post(host, 'translation.inspect', {
        documentId: demo.documentId,
        language: 'es',
        base64: long.toString('base64'),
      }).then((res) => {
        inspectMs = performance.now() - started;
        return res;
      });
      await new Promise((r) => setTimeout(r, 100));
      const listStarted = performance.now();
      const list = await post(host, 'sessions.list', {});
      const listMs = performance.now() - listStarted;
      const listedAt = performance.now() - started;
      const inspected = await inspecting;
      console.info(
        `a ${(long.length / 1024).toFixed(0)} KB document of 9,000 paragraphs and 4,500 footnotes inspected in ${inspectMs.toFixed(0)} ms; ` +
          `sessions.list sent at 100 ms answered in ${listMs.toFixed(0)} ms`,
      );
      expect(list.status).toBe(200);
      expect(JSON.parse(inspected.body)).toMatchObject({ ok: true });
      expect(listedAt, 'sessions.list answered before the inspection ended').toBeLessThan(inspectMs);
      expect(listMs).toBeLessThan(1_000);
    } finally {
      await host.close();
    }
  }, 60_000);
});

describe('the largest session file the limits allow', () => {
  it('is read in the worker in under 10 s and 300 MB more: 5 reports of 300 pages in 4 languages', async () => {
    const { data } = parseSessionFile(demo.bundle);
    const { content } = buildLongPaper();
    const report = { ...content, body: { type: 'doc' as const, content: Array(3).fill(content.body.content).flat() } };
    const [document] = data.documents;
    const [version] = data.documentVersions;
    for (let i = 0; i < 5; i++) {
      const documentId = crypto.randomUUID();
      data.documents.push({ ...document!, id: documentId });
      for (const language of LANGUAGES) {
        data.documentVersions.push({ ...version!, id: crypto.randomUUID(), documentId, language, content: report });
      }
    }
    const parts = partsOf(data);
    const versionsMb = parts.get('data/document-versions.json')!.length / 1024 / 1024;
    const file = zipParts(parts);
    const { result, ms, peakMb, beforeMb } = await measured('sessionFiles.inspect', {
      base64: file.toString('base64'),
    });
    console.info(
      `a session file of ${(file.length / 1024 / 1024).toFixed(1)} MB (${versionsMb.toFixed(1)} MB of versions) inspected in ${ms.toFixed(0)} ms, ` +
        `peak RSS ${peakMb.toFixed(0)} MB (${beforeMb.toFixed(0)} MB before)`,
    );
    expect(result).toMatchObject({ ok: true, value: { counts: { documentVersions: data.documentVersions.length } } });
    expect(versionsMb).toBeGreaterThan(24);
    expect(ms).toBeLessThan(10_000);
    expect(peakMb - beforeMb).toBeLessThan(300);
  }, 60_000);
});

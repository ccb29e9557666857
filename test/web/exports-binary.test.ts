import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../main/services/handlers';
import { startHttpHost, type Host } from '../../main/web/http-host';
import { FILE_OUTPUTS, type Delivered } from '../../shared/api/file-outputs';
import { DOCUMENT_CASES } from '../api/document-cases';
import { FLOOR_CASES } from '../api/floor-cases';
import { demoContext, type Ctx } from '../api/procedure-cases';
import { SAFETY_CASES } from '../api/safety-cases';
import { SESSION_TEXT_CASES } from '../api/session-text-cases';
import { TRANSLATION_CASES } from '../api/translation-cases';
import { openTempStore, type TempStore } from '../support/temp-store';

/*
 * No export crosses a boundary as base64: every procedure that answers files answers their bytes as
 * bytes in main, the host answers them as binary downloads and its JSON holds none of them, and the
 * plain call channel refuses them.
 */
const CASES = { ...DOCUMENT_CASES, ...FLOOR_CASES, ...SAFETY_CASES, ...SESSION_TEXT_CASES, ...TRANSLATION_CASES };
const FILE_PROCEDURES = Object.keys(FILE_OUTPUTS) as (keyof typeof FILE_OUTPUTS)[];

/** Any run of base64 long enough to carry a file (the smallest DOCX is several kB). */
const BASE64_RUN = /[A-Za-z0-9+/]{200,}={0,2}/;

let store: TempStore;
let host: Host;
let ctx: Ctx;

beforeEach(async () => {
  store = await openTempStore();
  host = await startHttpHost({ api: store.api, rendererRoot: null, port: 0 });
  const { sessionId } = await invoke(store.db, 'demo.create', {});
  ctx = await demoContext(store.db, sessionId);
});
afterEach(async () => {
  await host.close();
  await store.close();
});

const post = (path: string, input: unknown) =>
  fetch(`http://127.0.0.1:${host.port}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });

/** Every string in a value, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof Uint8Array) return [];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('exports', () => {
  it('are every procedure whose answer holds file bytes', () => {
    for (const name of FILE_PROCEDURES) expect(CASES[name], name).toBeDefined();
  });

  for (const name of FILE_PROCEDURES) {
    it(`${name}: answers its files as bytes in main, with no base64 in the answer`, async () => {
      const result = await store.api.call(name, await CASES[name]!.happy(ctx));
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      expect(strings(result.value).filter((s) => BASE64_RUN.test(s))).toEqual([]);
      const files = FILE_OUTPUTS[name](result.value as never).files;
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(file.bytes).toBeInstanceOf(Uint8Array);
    });

    it(`${name}: crosses the host as JSON without bytes, then each file as a binary download, once`, async () => {
      const response = await post(`/files/${name}`, await CASES[name]!.happy(ctx));
      const text = await response.text();
      expect(text).not.toMatch(BASE64_RUN);
      const result = JSON.parse(text) as { ok: true; value: Delivered };
      expect(result.ok, text).toBe(true);
      expect(result.value.files.length).toBeGreaterThan(0);
      for (const file of result.value.files) {
        expect(file.outcome).toBe('downloaded');
        const download = await fetch(`http://127.0.0.1:${host.port}${file.href}`);
        expect(download.status).toBe(200);
        expect(download.headers.get('content-type')).not.toMatch(/json|text/);
        expect(download.headers.get('content-disposition')).toContain(`filename="${file.fileName}"`);
        const bytes = Buffer.from(await download.arrayBuffer());
        expect(bytes.subarray(0, 2).toString()).toBe('PK');
        expect(Number(download.headers.get('content-length'))).toBe(bytes.length);
        expect((await fetch(`http://127.0.0.1:${host.port}${file.href}`)).status).toBe(404);
      }
    });

    it(`${name}: is refused on the plain call channel, which would carry its bytes as JSON`, async () => {
      const response = await post(`/api/${name}`, await CASES[name]!.happy(ctx));
      const text = await response.text();
      expect(text).not.toMatch(BASE64_RUN);
      expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
    });
  }

  it('refuses a file procedure without the token, and a download nobody was offered', async () => {
    const noToken = await fetch(`http://127.0.0.1:${host.port}/files/documents.exportDocx`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ documentId: ctx.documentId, language: 'en' }),
    });
    expect(noToken.status).toBe(401);
    const guessed = await fetch(`http://127.0.0.1:${host.port}/download/${'0'.repeat(48)}`);
    expect(guessed.status).toBe(404);
  });
});

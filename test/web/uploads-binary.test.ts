import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../main/services/handlers';
import { startHttpHost, type Host } from '../../main/web/http-host';
import { demoContext, type Ctx } from '../api/procedure-cases';
import { openTempStore, type TempStore } from '../support/temp-store';

/* A file the user picked goes to the host as it is: the binary body, the rest of the input beside it. */
let store: TempStore;
let host: Host;
let ctx: Ctx;
let docx: Buffer;

beforeEach(async () => {
  store = await openTempStore();
  host = await startHttpHost({ api: store.api, rendererRoot: null, port: 0 });
  const { sessionId } = await invoke(store.db, 'demo.create', {});
  ctx = await demoContext(store.db, sessionId);
  docx = Buffer.from(
    (await invoke(store.db, 'documents.exportDocx', { documentId: ctx.documentId, language: 'en' })).bytes,
  );
});
afterEach(async () => {
  await host.close();
  await store.close();
});

const upload = (name: string, input: unknown, body: Buffer, type = 'application/octet-stream') =>
  fetch(`http://127.0.0.1:${host.port}/upload/${name}?${new URLSearchParams({ input: JSON.stringify(input) })}`, {
    method: 'POST',
    headers: { 'Content-Type': type, Authorization: `Bearer ${host.token}` },
    body: new Uint8Array(body),
  });

// the first read starts the import worker, which takes seconds on a busy machine
describe('uploads in the browser mode', { timeout: 30_000 }, () => {
  it('take the file as the binary body: inspect, then receive by the handle', async () => {
    const inspected = await upload('translation.inspect', { documentId: ctx.documentId, language: 'es' }, docx);
    const result = (await inspected.json()) as { ok: boolean; value: { handle: string; report: { matches: boolean } } };
    expect(result.ok).toBe(true);
    expect(result.value.report.matches).toBe(true);
    const received = await store.api.call('translation.receive', {
      documentId: ctx.documentId,
      language: 'es',
      handle: result.value.handle,
    });
    expect(received).toMatchObject({ ok: true, value: { version: { status: 'received' } } });
  });

  it('refuses what is not a file upload, a bad input beside it, and a call without the token', async () => {
    const before = await store.dump();
    expect(await (await upload('sessions.list', {}, docx)).json()).toMatchObject({
      ok: false,
      error: { code: 'unknown_procedure' },
    });
    expect(
      (await upload('translation.inspect', { documentId: ctx.documentId, language: 'es' }, docx, 'application/json'))
        .status,
    ).toBe(415);
    expect(
      await (await upload('translation.inspect', { documentId: ctx.documentId, language: 'xx' }, docx)).json(),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'language' }] },
    });
    const noToken = await fetch(`http://127.0.0.1:${host.port}/upload/sessionFiles.inspect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(docx),
    });
    expect(noToken.status).toBe(401);
    expect(await store.dump()).toBe(before);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../main/services/handlers';
import { demoContext, type Ctx } from '../api/procedure-cases';
import { openTempStore, type TempStore } from '../support/temp-store';

/*
 * A translator's file is uploaded and read once: `translation.inspect` keeps what it read under a
 * handle, and `translation.receive` takes that handle instead of the file.
 */
let store: TempStore;
let ctx: Ctx;
let base64: string;

beforeEach(async () => {
  store = await openTempStore();
  const { sessionId } = await invoke(store.db, 'demo.create', {});
  ctx = await demoContext(store.db, sessionId);
  const paper = await invoke(store.db, 'documents.exportDocx', { documentId: ctx.documentId, language: 'en' });
  base64 = Buffer.from(paper.bytes).toString('base64');
});
afterEach(() => store.close());

const inspect = (language: 'es' | 'fr' = 'es') =>
  store.call<{ handle: string; wouldOverwrite: boolean }>('translation.inspect', {
    documentId: ctx.documentId,
    language,
    base64,
  });

// the first read starts the import worker, which takes seconds on a busy machine
describe('receiving a translation by its inspection', { timeout: 30_000 }, () => {
  it('stores the file the inspection read, without the file again, once', async () => {
    const { handle } = await inspect();
    expect(handle).toMatch(/^[0-9a-f]{48}$/);
    const received = await store.call<{ version: { status: string; language: string; content: unknown } }>(
      'translation.receive',
      { documentId: ctx.documentId, language: 'es', handle },
    );
    expect(received.version).toMatchObject({ status: 'received', language: 'es' });
    expect(received.version.content).not.toBeNull();
    const again = await store.api.call('translation.receive', { documentId: ctx.documentId, language: 'es', handle });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', issues: [{ path: 'handle' }] } });
  });

  it('keeps the inspection through a refusal that asks for the user’s decision', async () => {
    await store.call('translation.receive', {
      documentId: ctx.documentId,
      language: 'es',
      handle: (await inspect()).handle,
    });
    const second = await inspect();
    expect(second.wouldOverwrite).toBe(true);
    const before = await store.dump();
    const refused = await store.api.call('translation.receive', {
      documentId: ctx.documentId,
      language: 'es',
      handle: second.handle,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'would_overwrite' } });
    expect(await store.dump()).toBe(before);
    const replaced = await store.api.call('translation.receive', {
      documentId: ctx.documentId,
      language: 'es',
      handle: second.handle,
      replaceExisting: true,
    });
    expect(replaced.ok).toBe(true);
  });

  it('refuses a handle of another version, an unknown one, and both a handle and a file', async () => {
    const { handle } = await inspect('fr');
    const before = await store.dump();
    const other = await store.api.call('translation.receive', { documentId: ctx.documentId, language: 'es', handle });
    expect(other).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'handle' }] } });
    const unknown = await store.api.call('translation.receive', {
      documentId: ctx.documentId,
      language: 'fr',
      handle: 'a'.repeat(48),
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const both = await store.api.call('translation.receive', {
      documentId: ctx.documentId,
      language: 'fr',
      handle,
      base64,
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await store.dump()).toBe(before);
  });
});

describe('receiving the session texts by their inspection', { timeout: 30_000 }, () => {
  const sendTexts = async () => {
    const sent = await store.call<{ files: { file: { bytes: Uint8Array } }[] }>('translation.sessionTexts.send', {
      sessionId: ctx.sessionId,
      languages: ['fr'],
      translator: 'Marie Dubois',
    });
    return Buffer.from(sent.files[0]!.file.bytes).toString('base64');
  };
  const texts = (input: Record<string, unknown>) =>
    store.api.call('translation.sessionTexts.receive', { sessionId: ctx.sessionId, language: 'fr', ...input });

  it('stores the texts the inspection read, by its handle, once; a handle of another language is refused', async () => {
    const file = await sendTexts();
    const { handle } = await store.call<{ handle: string }>('translation.sessionTexts.inspect', {
      sessionId: ctx.sessionId,
      language: 'fr',
      base64: file,
    });
    expect(handle).toMatch(/^[0-9a-f]{48}$/);
    const before = await store.dump();
    const other = await store.api.call('translation.sessionTexts.receive', {
      sessionId: ctx.sessionId,
      language: 'es',
      handle,
    });
    expect(other).toMatchObject({ ok: false, error: { issues: [{ path: 'handle' }] } });
    expect(await texts({ handle, base64: file })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await store.dump()).toBe(before);
    const received = await texts({ handle, acceptMismatches: true, replaceExisting: true });
    expect(received).toMatchObject({ ok: true });
    expect(await texts({ handle })).toMatchObject({
      ok: false,
      error: { code: 'not_found', issues: [{ path: 'handle' }] },
    });
  });
});

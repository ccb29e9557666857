import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../main/services/handlers';
import { openTempStore, type TempStore } from '../support/temp-store';
import { demoContext, type Ctx } from './procedure-cases';

let store: TempStore;
let ctx: Ctx;
beforeEach(async () => {
  store = await openTempStore();
  ctx = await demoContext(store.db, (await invoke(store.db, 'demo.create', {})).sessionId);
});
afterEach(() => store.close());

const call = (name: string, input: unknown) => store.call<Record<string, unknown>>(name, input);
const newDocument = (symbol: string | null = null, sessionId = ctx.sessionId) =>
  call('documents.create', {
    sessionId,
    kind: 'note',
    symbol,
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: 'es',
  });

describe('document symbols', () => {
  it('are issued from the body pattern, from its own count on, and never twice', async () => {
    await call('bodies.update', { id: ctx.bodyId, patch: { nextSymbolNumber: 250 } });
    // a document goes away with its session: give one of another session of the body the first symbol
    const other = await call('sessions.create', {
      bodyId: ctx.bodyId,
      title: { en: 'Regular meeting', es: '', fr: '', pt: '' },
      date: '2023-06-01',
      startTime: '10:00',
      endTime: '13:00',
      room: '',
      modality: 'in_person',
      originalLanguage: 'es',
      status: 'draft',
    });
    const doomed = await newDocument(null, other.id as string);
    const first = await call('documents.issueSymbol', { documentId: doomed.id });
    expect(first.symbol).toBe('CP/CAM-250/23');
    // a symbol typed by hand is skipped, and a deleted document's symbol is not issued again
    await newDocument('CP/CAM-251/23');
    await call('sessions.deleteWithBackup', { id: other.id });
    const next = await call('documents.issueSymbol', { documentId: (await newDocument()).id });
    expect(next.symbol).toBe('CP/CAM-252/23');
    expect(await call('symbols.next', { bodyId: ctx.bodyId, date: '2024-03-01' })).toEqual({
      symbol: 'CP/CAM-253/24',
      number: 253,
    });
  });

  it('refuses to give a second document a symbol in use, and to issue twice to one document', async () => {
    const issued = await call('documents.issueSymbol', { documentId: ctx.documentId });
    const taken = await store.api.call('documents.create', {
      sessionId: ctx.sessionId,
      kind: 'note',
      symbol: issued.symbol,
      revisionKind: null,
      revisionNumber: null,
      originalLanguage: 'es',
    });
    expect(taken).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    const again = await store.api.call('documents.issueSymbol', { documentId: ctx.documentId });
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate' } });
  });

  it('numbers revisions, corrigenda and addenda of a symbol, with a copy of the original text', async () => {
    const issued = await call('documents.issueSymbol', { documentId: ctx.documentId });
    const rev1 = await call('documents.createRevision', { documentId: ctx.documentId, revisionKind: 'rev' });
    const rev2 = await call('documents.createRevision', { documentId: rev1.id as string, revisionKind: 'rev' });
    const corr1 = await call('documents.createRevision', { documentId: ctx.documentId, revisionKind: 'corr' });
    expect([rev1, rev2, corr1].map((d) => [d.symbol, d.revisionKind, d.revisionNumber])).toEqual([
      [issued.symbol, 'rev', 1],
      [issued.symbol, 'rev', 2],
      [issued.symbol, 'corr', 1],
    ]);
    const versions = (await store.api.call('documentVersions.list', { documentId: rev1.id })) as {
      ok: true;
      value: { language: string; status: string; content: unknown }[];
    };
    expect(versions.value).toHaveLength(1);
    expect(versions.value[0]).toMatchObject({ language: 'en', status: 'original' });
    expect(versions.value[0]?.content).not.toBeNull();
  });
});

const delegation = (agendaItemId: string, organizationId: string) => ({
  agendaItemId,
  personId: null,
  organizationId,
  role: 'delegation',
  allottedMinutes: 5,
  status: 'requested',
  requestedAt: '2023-05-09T11:00:00',
});

describe('the list of speakers', () => {
  it('takes a member state once per agenda item, and says so when asked twice', async () => {
    const dialogue = ctx.itemIds[3]!;
    const mexico = (
      await store.db.selectFrom('organizations').select('id').where('code', '=', 'MEX').executeTakeFirstOrThrow()
    ).id;
    const again = await store.api.call('speakers.create', delegation(dialogue, mexico));
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate', issues: [{ path: 'organizationId' }] } });
    // the same state may speak on another item, and a panelist of the same organization is no delegation
    const onPanel = await store.api.call('speakers.create', delegation(ctx.panelId, mexico));
    expect(onPanel.ok).toBe(true);
    const colombia = (
      await store.db
        .selectFrom('speakers')
        .select('id')
        .where('agendaItemId', '=', dialogue)
        .orderBy('position')
        .execute()
    )[1]!;
    const moved = await store.api.call('speakers.update', { id: colombia.id, patch: { organizationId: mexico } });
    expect(moved).toMatchObject({ ok: false, error: { code: 'duplicate' } });
  });
});

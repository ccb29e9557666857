import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionOverview } from '../../shared/api/contract';
import type { FloorState } from '../../shared/floor/floor-types';
import type { DocumentVersion } from '../../shared/domain/document';
import { retitle } from '../../main/store/start-from';
import { openTempStore, type TempStore } from '../support/temp-store';

let store: TempStore;
let demoId: string;
beforeEach(async () => {
  store = await openTempStore();
  demoId = (await store.call<{ sessionId: string }>('demo.create', {})).sessionId;
});
afterEach(() => store.close());

const overview = (id: string) => store.call<SessionOverview>('sessions.overview', { id });
const startFrom = (date: string) =>
  store.call<{ sessionId: string }>('sessions.startFrom', { sessionId: demoId, date });

describe("next year's session from this year's", () => {
  it('copies the body, agenda, questions, panel roles and concept paper, and none of the people', async () => {
    const before = await overview(demoId);
    const { sessionId } = await startFrom('2024-05-14');
    const copy = await overview(sessionId);

    expect(copy.session).toMatchObject({
      bodyId: before.session.bodyId,
      title: before.session.title,
      date: '2024-05-14',
      startTime: before.session.startTime,
      room: before.session.room,
      status: 'draft',
    });
    const strip = (items: SessionOverview['agendaItems']) =>
      items.map(({ kind, title, durationMinutes, annotation, position }) => ({
        kind,
        title,
        durationMinutes,
        annotation,
        position,
      }));
    expect(strip(copy.agendaItems)).toEqual(strip(before.agendaItems));
    expect(copy.agendaItems.every((i) => i.documentSymbols.length === 0)).toBe(true);
    expect(copy.guidingQuestions.map((q) => q.text)).toEqual(before.guidingQuestions.map((q) => q.text));

    const panel = before.speakers.filter((s) => s.role === 'panelist');
    expect(panel.length).toBeGreaterThan(0);
    expect(copy.speakers.map((s) => [s.role, s.organizationId, s.personId, s.status])).toEqual(
      panel.map((s) => ['panelist', s.organizationId, null, 'requested']),
    );
    expect(copy.speakers.some((s) => s.role === 'delegation')).toBe(false);

    const [paper] = copy.documents;
    expect(copy.documents).toHaveLength(1);
    expect(paper).toMatchObject({ kind: 'concept_paper', symbol: null, revisionKind: null });
    const [sourcePaper] = before.documents;
    const versions = (documentId: string) => store.call<DocumentVersion[]>('documentVersions.list', { documentId });
    const [copied] = await versions(paper!.id);
    const [original] = await versions(sourcePaper!.id);
    expect(copied).toMatchObject({ status: 'original', language: original!.language, controlNumber: '' });
    expect(copied!.content).toEqual(original!.content);
  });

  it('leaves the earlier session as it was: copying, then deleting the copy, gives back the same database', async () => {
    await store.call('documents.issueSymbol', { documentId: (await overview(demoId)).documents[0]!.id });
    const before = await store.dump();
    const { sessionId } = await startFrom('2024-05-14');
    expect(await store.dump()).not.toEqual(before);
    await store.call('sessions.deleteWithBackup', { id: sessionId });
    expect(await store.dump()).toEqual(before);
  });

  it('does not copy the record of the floor', async () => {
    const item = (await overview(demoId)).agendaItems.find((i) => i.kind === 'dialogue')!;
    await store.call('floor.openItem', { sessionId: demoId, itemId: item.id });
    await store.call('floor.give', { sessionId: demoId });
    await store.call('floor.end', { sessionId: demoId });
    expect((await store.call<FloorState>('floor.state', { sessionId: demoId })).record).toHaveLength(1);
    const { sessionId } = await startFrom('2024-05-14');
    const state = await store.call<FloorState>('floor.state', { sessionId });
    expect(state).toMatchObject({ itemId: null, current: null, record: [] });
  });

  it('refuses an impossible date or an unknown session, naming the field, and changes nothing', async () => {
    const before = await store.dump();
    const bad = await store.api.call('sessions.startFrom', { sessionId: demoId, date: '2024-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'date' }] } });
    const unknown = await store.api.call('sessions.startFrom', {
      sessionId: '00000000-0000-4000-8000-000000000000',
      date: '2024-05-14',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', issues: [{ path: 'sessionId' }] } });
    expect(await store.dump()).toEqual(before);
  });
});

describe('retitle', () => {
  it("puts next year's year in place of the session's own, only as a word of its own", () => {
    expect(retitle('Annual session 2023', '2023', '2024')).toBe('Annual session 2024');
    expect(retitle('Resolution 12023', '2023', '2024')).toBe('Resolution 12023');
    expect(retitle('Session 2023', '2023', '2023')).toBe('Session 2023');
  });
});

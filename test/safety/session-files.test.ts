import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../main/services/handlers';
import { parseSessionFile } from '../../main/session-files/session-file-import';
import { CURRENT_SCHEMA_VERSION } from '../../main/safety/sqlite-files';
import { openTempStore, type TempStore } from '../support/temp-store';
import type { SessionFileData } from '../../main/session-files/session-file-format';
import { exportedData, syntheticData, writeSessionFile } from './session-file-fixtures';

let a: TempStore;
let b: TempStore;
let sessionId: string;

beforeEach(async () => {
  a = await openTempStore();
  b = await openTempStore();
  ({ sessionId } = await invoke(a.db, 'demo.create', {}));
});
afterEach(async () => {
  await a.close();
  await b.close();
});

const count = async (store: TempStore, table: 'people' | 'organizations' | 'sessions' | 'speakers' | 'bodies') =>
  Number(
    (
      await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function exportFrom(store: TempStore, id: string): Promise<string> {
  const result = await store.api.call('sessionFiles.export', { sessionId: id });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return Buffer.from((result.value as { bytes: Uint8Array }).bytes).toString('base64');
}

describe('session files', () => {
  it('carry a session with everything it needs to another database, unchanged', async () => {
    const before = await exportedData(a.db, sessionId);
    if (before.questionAssignments.length === 0) {
      await a.db
        .insertInto('guidingQuestionAssignments')
        .values({ questionId: before.guidingQuestions[0]!.id, speakerId: before.speakers[0]!.id })
        .execute();
    }
    const file = await exportFrom(a, sessionId);
    const manifest = parseSessionFile(Buffer.from(file, 'base64')).manifest;
    expect(manifest).toMatchObject({
      format: 'session-desk/session',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
    });
    expect(Object.keys(manifest.files)).toHaveLength(10);

    const inspected = await b.api.call('sessionFiles.inspect', { base64: file });
    expect(inspected).toMatchObject({ ok: true, value: { sessionId, sessionExists: false, bodyCode: 'CAM' } });
    const imported = await b.api.call('sessionFiles.import', { base64: file });
    expect(imported).toMatchObject({ ok: true, value: { sessionId, outcome: 'new' } });

    // what B now holds of the session is what A held, ids and all (the reference body and
    // organizations B seeded itself keep B's timestamps)
    const stamps = (data: SessionFileData) => ({
      ...data,
      body: { ...data.body, createdAt: '', updatedAt: '' },
      organizations: data.organizations.map((o) => ({ ...o, createdAt: '', updatedAt: '' })),
    });
    const original = await exportedData(a.db, sessionId);
    expect(original.questionAssignments.length).toBeGreaterThan(0);
    expect(stamps(await exportedData(b.db, sessionId))).toEqual(stamps(original));
    expect(await b.api.call('sessions.overview', { id: sessionId })).toMatchObject({ ok: true });
  });

  it('take an item with no title in any language from a file made before an item needed one', async () => {
    const data = syntheticData();
    data.agendaItems = data.agendaItems.map((item) => ({ ...item, title: { en: '', es: '', fr: '', pt: '' } }));
    const base64 = (await writeSessionFile(data)).toString('base64');
    expect(await b.api.call('sessionFiles.import', { base64 })).toMatchObject({ ok: true });
  });

  it('offer replace or keep both when the session is already there, and never duplicate people or organizations', async () => {
    const file = await exportFrom(a, sessionId);
    await b.api.call('sessionFiles.import', { base64: file });
    const people = await count(b, 'people');
    const organizations = await count(b, 'organizations');
    const before = await b.dump();

    const refused = await b.api.call('sessionFiles.import', { base64: file });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: 'sessionId' }] } });
    expect(refused.ok || ['duplicate', 'session_exists']).toContain(refused.ok || refused.error.code);
    expect(await b.dump()).toBe(before);
    expect(await b.api.call('sessionFiles.inspect', { base64: file })).toMatchObject({
      value: { sessionExists: true },
    });

    // the user changed the session here, then replaces it with the file's
    await b.api.call('sessions.update', { id: sessionId, patch: { room: 'Another room' } });
    const replaced = await b.api.call('sessionFiles.import', { base64: file, onConflict: 'replace' });
    expect(replaced).toMatchObject({ ok: true, value: { sessionId, outcome: 'replace' } });
    expect(await b.dump()).toBe(before);

    const kept = await b.api.call('sessionFiles.import', { base64: file, onConflict: 'keep-both' });
    expect(kept).toMatchObject({
      ok: true,
      value: { outcome: 'keep-both', matched: { people: 6, organizations: 11 } },
    });
    const copyId = (kept as { value: { sessionId: string } }).value.sessionId;
    expect(copyId).not.toBe(sessionId);
    expect(await count(b, 'sessions')).toBe(2);
    expect(await count(b, 'people')).toBe(people);
    expect(await count(b, 'organizations')).toBe(organizations);
    // the copy has its own ids all the way down, and the same content
    const original = await exportedData(b.db, sessionId);
    const copy = await exportedData(b.db, copyId);
    expect(copy.agendaItems.map((i) => i.id)).not.toEqual(original.agendaItems.map((i) => i.id));
    expect(copy.speakers.map((s) => s.personId)).toEqual(original.speakers.map((s) => s.personId));
    expect(copy.agendaItems.map((i) => i.title)).toEqual(original.agendaItems.map((i) => i.title));
    expect(copy.documentVersions).toHaveLength(original.documentVersions.length);
  });

  it('match people by name and organization, and organizations by code, already in the other database', async () => {
    const data = await exportedData(a.db, sessionId);
    const person = data.people.find((p) => p.organizationId !== null)!;
    // B knows this person under another id, the name written with other case and accents
    const local = await b.api.call('people.create', {
      name: person.name.toUpperCase(),
      honorific: '',
      position: '',
      organizationId: person.organizationId,
      email: '',
    });
    expect(local.ok).toBe(true);
    const localId = (local as { value: { id: string } }).value.id;
    const people = await count(b, 'people');

    const imported = await b.api.call('sessionFiles.import', { base64: await exportFrom(a, sessionId) });
    expect(imported).toMatchObject({ ok: true, value: { matched: { people: 1 } } });
    expect(await count(b, 'people')).toBe(people + data.people.length - 1);
    const speakers = (await exportedData(b.db, sessionId)).speakers;
    expect(speakers.filter((s) => s.personId === localId)).toHaveLength(
      data.speakers.filter((s) => s.personId === person.id).length,
    );
  });

  it('bring a user-made organization once, and match it by code the next time', async () => {
    const data = await exportedData(a.db, sessionId);
    data.organizations.push({
      ...data.organizations[0]!,
      id: crypto.randomUUID(),
      code: 'RCM-NET',
      isReference: false,
      name: { en: 'A network', es: '', fr: '', pt: '' },
    });
    data.speakers[0]!.organizationId = data.organizations.at(-1)!.id;
    const first = (await writeSessionFile(data)).toString('base64');
    expect(await b.api.call('sessionFiles.import', { base64: first })).toMatchObject({
      value: { created: { organizations: 1 } },
    });
    // another file naming the same organization under another id
    data.organizations.at(-1)!.id = crypto.randomUUID();
    data.speakers[0]!.organizationId = data.organizations.at(-1)!.id;
    const second = (await writeSessionFile(data)).toString('base64');
    const organizations = await count(b, 'organizations');
    expect(await b.api.call('sessionFiles.import', { base64: second, onConflict: 'keep-both' })).toMatchObject({
      ok: true,
      value: { created: { organizations: 0 } },
    });
    expect(await count(b, 'organizations')).toBe(organizations);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLongPaper } from '../../bench/long-paper';
import { createApi } from '../../main/services/api';
import { invoke } from '../../main/services/handlers';
import { wordCount } from '../../shared/content/helpers';
import { StoredContentSchema } from '../../shared/content/schema';
import { openTempStore, type TempStore } from '../support/temp-store';

/*
 * A save of the concept paper is checked against the document schema once, where it enters main:
 * the row it updates and the row it wrote are trusted, and what it answers is a stamp, not the paper.
 * The count is of every run of the content schema, at any depth of any schema that holds it.
 */
let store: TempStore;
let versionId: string;
let runs = 0;
const run = StoredContentSchema._zod.run;

beforeEach(async () => {
  store = await openTempStore();
  const { sessionId } = await invoke(store.db, 'demo.create', {});
  const version = await store.db
    .selectFrom('documentVersions')
    .innerJoin('documents', 'documents.id', 'documentVersions.documentId')
    .select('documentVersions.id')
    .where('documents.sessionId', '=', sessionId)
    .where('documents.kind', '=', 'concept_paper')
    .where('documentVersions.language', '=', 'en')
    .executeTakeFirstOrThrow();
  versionId = version.id;
  StoredContentSchema._zod.run = (payload, ctx) => {
    runs += 1;
    return run(payload, ctx);
  };
  runs = 0;
});
afterEach(async () => {
  StoredContentSchema._zod.run = run;
  await store.close();
});

describe('a save of a 40,000-word concept paper', () => {
  it('is checked against the document schema exactly once in main, and answers a stamp', async () => {
    const { content } = buildLongPaper();
    expect(wordCount(content)).toBeGreaterThan(40_000);
    const api = createApi(store.db);
    runs = 0;
    const result = await api.call('documentVersions.update', { id: versionId, patch: { content } });
    expect(result.ok).toBe(true);
    expect(runs).toBe(1);
    const answer = result.ok ? (result.value as Record<string, unknown>) : {};
    expect(Object.keys(answer).sort()).toEqual(['id', 'updatedAt']);
    expect(answer.id).toBe(versionId);
    expect(JSON.stringify(answer).length).toBeLessThan(200);
  });

  it('stores the paper as sent, and the stamp is the version stored', async () => {
    const { content } = buildLongPaper();
    const api = createApi(store.db);
    const saved = await api.call('documentVersions.update', { id: versionId, patch: { content } });
    const read = await api.call('documentVersions.get', { id: versionId });
    expect(read.ok && saved.ok).toBe(true);
    if (read.ok && saved.ok) {
      expect((read.value as { content: unknown }).content).toEqual(content);
      expect((read.value as { updatedAt: string }).updatedAt).toBe((saved.value as { updatedAt: string }).updatedAt);
    }
  });

  it('refuses a paper that breaks the schema, naming the field, and changes nothing', async () => {
    const before = await store.dump();
    const api = createApi(store.db);
    const result = await api.call('documentVersions.update', {
      id: versionId,
      patch: { content: { version: 1, titleBlock: {}, doc: { type: 'doc', content: [] } } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toMatch(/^patch\.content\./);
    expect(await store.dump()).toBe(before);
  });
});

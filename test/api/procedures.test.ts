import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES } from '../../shared/api/contract';
import { invoke } from '../../main/services/handlers';
import { openTempStore, type TempStore } from '../support/temp-store';
import { DOCUMENT_CASES } from './document-cases';
import { FLOOR_CASES } from './floor-cases';
import { GOOD_PRACTICE_CASES } from './good-practice-cases';
import { CASES as CORE_CASES, demoContext, type Ctx } from './procedure-cases';
import { SAFETY_CASES } from './safety-cases';
import { TRANSLATION_CASES } from './translation-cases';
import { SESSION_TEXT_CASES } from './session-text-cases';
import { START_FROM_CASES } from './start-from-cases';
import { SEARCH_CASES } from './search-cases';

const CASES = {
  ...CORE_CASES,
  ...DOCUMENT_CASES,
  ...SAFETY_CASES,
  ...TRANSLATION_CASES,
  ...SESSION_TEXT_CASES,
  ...FLOOR_CASES,
  ...START_FROM_CASES,
  ...GOOD_PRACTICE_CASES,
  ...SEARCH_CASES,
};

let store: TempStore;
let ctx: Ctx;

beforeEach(async () => {
  store = await openTempStore();
  const { sessionId } = await invoke(store.db, 'demo.create', {});
  ctx = await demoContext(store.db, sessionId);
});
afterEach(() => store.close());

describe('every procedure of the contract', () => {
  it('has a happy path and a bad-input path here', () => {
    expect(Object.keys(CASES).sort()).toEqual([...PROCEDURE_NAMES].sort());
  });

  for (const name of PROCEDURE_NAMES) {
    const testCase = CASES[name]!;

    it(`${name}: answers a good input`, async () => {
      const result = await store.api.call(name, await testCase.happy(ctx));
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (result.ok) testCase.expect?.(result.value, ctx);
    });

    it(`${name}: refuses a bad input with ${testCase.badCode} and changes nothing`, async () => {
      const before = await store.dump();
      const result = await store.api.call(name, await testCase.bad(ctx));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(testCase.badCode);
        expect(result.error.messageKey).toBe(`errors.${testCase.badCode}`);
        expect(JSON.stringify(result.error)).not.toMatch(/at .*\.ts:\d+/);
      }
      expect(await store.dump()).toBe(before);
    });
  }
});

describe('the dispatcher', () => {
  it('refuses an unknown procedure', async () => {
    const result = await store.api.call('sessions.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
  });

  it('refuses unknown keys instead of ignoring them', async () => {
    const result = await store.api.call('sessions.get', { id: ctx.sessionId, sql: 'drop table sessions' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('rolls back a mutation that fails half-way', async () => {
    const before = await store.dump();
    // the second symbol is over the limit: the whole update must be refused, the first not kept
    const result = await store.api.call('agendaItems.update', {
      id: ctx.panelId,
      patch: { durationMinutes: 30, documentSymbols: ['CP/CAM-1/23', 'x'.repeat(101)] },
    });
    expect(result.ok).toBe(false);
    expect(await store.dump()).toBe(before);
  });

  it('deletes an agenda item with its speakers, and a session with everything under it', async () => {
    await store.api.call('agendaItems.delete', { id: ctx.panelId });
    expect(await store.db.selectFrom('speakers').where('agendaItemId', '=', ctx.panelId).selectAll().execute()).toEqual(
      [],
    );
    await store.api.call('sessions.deleteWithBackup', { id: ctx.sessionId });
    for (const table of ['agendaItems', 'documents', 'guidingQuestions'] as const) {
      expect(await store.db.selectFrom(table).where('sessionId', '=', ctx.sessionId).selectAll().execute()).toEqual([]);
    }
  });
});

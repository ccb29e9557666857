import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/domain/languages';
import { REFERENCE_DATA_VERSION } from '../../shared/registry/reference-organizations';
import { seedReferenceData } from '../../main/store/reference-seed';
import { openTempStore, type TempStore } from '../support/temp-store';

let store: TempStore;
beforeAll(async () => {
  store = await openTempStore();
});
afterAll(() => store.close());

describe('reference data in a new database', () => {
  it('holds the 35 OAS member states, each named in all four languages', async () => {
    const result = await store.api.call('organizations.list', { kind: 'member_state' });
    if (!result.ok) throw new Error(result.error.code);
    const states = result.value as { name: Record<string, string>; isReference: boolean }[];
    expect(states).toHaveLength(35);
    for (const state of states) {
      expect(state.isReference).toBe(true);
      for (const lang of LANGUAGES) expect(state.name[lang], JSON.stringify(state.name)).not.toBe('');
    }
  });

  it('holds the mechanisms and organizations of the concept paper and the CAM as a body', async () => {
    const codes = (
      await store.db.selectFrom('organizations').select('code').where('kind', '!=', 'member_state').execute()
    ).map((r) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'RCM',
        'CSM',
        'QUITO',
        'MIRPS',
        'MERCOSUR_FEM',
        'FIBEMYD',
        'RIAM',
        'OCAM',
        'IOM',
        'UNHCR',
      ]),
    );
    const body = await store.db.selectFrom('bodies').selectAll().where('code', '=', 'CAM').executeTakeFirstOrThrow();
    expect(body.nameEs).toBe('Comisión de Asuntos Migratorios');
    expect(body.symbolPattern).toContain('{n}');
  });

  it('is loaded once: a state the user deleted does not come back on the next start', async () => {
    const total = async () => (await store.db.selectFrom('organizations').select('id').execute()).length;
    const before = await total();
    await store.db.updateTable('organizations').set({ isReference: 0 }).where('code', '=', 'OCAM').execute();
    await store.db.deleteFrom('organizations').where('code', '=', 'OCAM').execute();
    await seedReferenceData(store.db);
    expect(await total()).toBe(before - 1);
    const version = await store.db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', 'reference_data_version')
      .executeTakeFirst();
    expect(Number(version?.value)).toBe(REFERENCE_DATA_VERSION);
  });

  it('brings the names of shipped rows up to date when the data version rises, keeping their contacts', async () => {
    await store.db
      .updateTable('organizations')
      .set({ nameFr: 'Cadre régional global de protection et de solutions', email: 'mirps@example.org' })
      .where('code', '=', 'MIRPS')
      .execute();
    await store.db.updateTable('meta').set({ value: '1' }).where('key', '=', 'reference_data_version').execute();
    await seedReferenceData(store.db);
    const mirps = await store.db
      .selectFrom('organizations')
      .select(['nameFr', 'email'])
      .where('code', '=', 'MIRPS')
      .executeTakeFirstOrThrow();
    expect(mirps).toEqual({
      nameFr: 'Cadre global de protection et de solutions régionales',
      email: 'mirps@example.org',
    });
  });
});

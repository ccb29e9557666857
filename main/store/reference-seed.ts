import {
  REFERENCE_BODY,
  REFERENCE_DATA_VERSION,
  REFERENCE_ORGANIZATIONS,
} from '../../shared/registry/reference-organizations';
import type { Store } from './open-database';
import { localizedColumns } from './columns';

const VERSION_KEY = 'reference_data_version';

/**
 * Loads the states, mechanisms and organizations the app ships, and the CAM as a body. It runs once
 * per shipped version and only adds missing rows, so a user's edits and deletions are kept.
 */
export async function seedReferenceData(db: Store): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const stored = await trx.selectFrom('meta').select('value').where('key', '=', VERSION_KEY).executeTakeFirst();
    if (stored && Number(stored.value) >= REFERENCE_DATA_VERSION) return;
    const now = new Date().toISOString();
    await trx
      .insertInto('bodies')
      .values({
        id: REFERENCE_BODY.id,
        code: REFERENCE_BODY.code,
        symbolPattern: REFERENCE_BODY.symbolPattern,
        nextSymbolNumber: 1,
        ...localizedColumns('name', REFERENCE_BODY.name),
        ...localizedColumns('parentName', REFERENCE_BODY.parentName),
        createdAt: now,
        updatedAt: now,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    for (const org of REFERENCE_ORGANIZATIONS) {
      await trx
        .insertInto('organizations')
        .values({
          id: org.id,
          kind: org.kind,
          code: org.code,
          ...localizedColumns('acronym', org.acronym),
          ...localizedColumns('name', org.name),
          email: '',
          phone: '',
          notes: '',
          isReference: 1,
          createdAt: now,
          updatedAt: now,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await trx
      .insertInto('meta')
      .values({ key: VERSION_KEY, value: String(REFERENCE_DATA_VERSION) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(REFERENCE_DATA_VERSION) }))
      .execute();
  });
}

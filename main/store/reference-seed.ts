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
 * per shipped version: it adds missing rows and brings the names of shipped rows up to date, and keeps
 * the user's contacts, own rows and deletions.
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
        // a shipped row keeps the user's contacts; its names are the app's, so a corrected name reaches it
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({
              ...localizedColumns('acronym', org.acronym),
              ...localizedColumns('name', org.name),
              updatedAt: now,
            })
            .where('organizations.isReference', '=', 1),
        )
        .execute();
    }
    await trx
      .insertInto('meta')
      .values({ key: VERSION_KEY, value: String(REFERENCE_DATA_VERSION) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(REFERENCE_DATA_VERSION) }))
      .execute();
  });
}

import { LocalizedRichTextSchema, type LocalizedRichText } from '../../shared/content/rich-text';
import { GoodPracticeSchema, type GoodPractice, type GoodPracticeFields } from '../../shared/domain/good-practice';
import { localizedColumns, localizedFromColumns } from './columns';
import type { Store } from './open-database';
import type { GoodPracticesTable } from './schema';

/*
 * The store's side of good practices and item summaries (migration 0007): every query on their
 * tables, and the look-ups their handlers check references with.
 */

const practiceOf = (row: GoodPracticesTable): GoodPractice =>
  GoodPracticeSchema.parse({
    ...row,
    title: localizedFromColumns('title', { ...row }),
    text: localizedFromColumns('text', { ...row }, (json) => JSON.parse(json) as unknown),
  });

const practiceColumns = (fields: GoodPracticeFields) => {
  const { title, text, ...rest } = fields;
  return { ...rest, ...localizedColumns('title', title), ...localizedColumns('text', text, JSON.stringify) };
};

/** A session's practices, in the order they were shared (date, then entry). */
export async function listPractices(db: Store, sessionId: string): Promise<GoodPractice[]> {
  const rows = await db
    .selectFrom('goodPractices')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .orderBy('date')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map(practiceOf);
}

export async function findPractice(db: Store, id: string): Promise<GoodPractice | undefined> {
  const row = await db.selectFrom('goodPractices').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? practiceOf(row) : undefined;
}

export async function insertPractice(
  db: Store,
  practice: { id: string; sessionId: string; stamp: string } & GoodPracticeFields,
): Promise<void> {
  const { stamp, id, sessionId, ...fields } = practice;
  await db
    .insertInto('goodPractices')
    .values({ id, sessionId, ...practiceColumns(fields), createdAt: stamp, updatedAt: stamp })
    .execute();
}

export async function updatePractice(db: Store, id: string, fields: GoodPracticeFields, stamp: string): Promise<void> {
  await db
    .updateTable('goodPractices')
    .set({ ...practiceColumns(fields), updatedAt: stamp })
    .where('id', '=', id)
    .execute();
}

export async function deletePractice(db: Store, id: string): Promise<void> {
  await db.deleteFrom('goodPractices').where('id', '=', id).execute();
}

/** Whether an organization exists (any kind: a State, a mechanism, an organization). */
export async function organizationExists(db: Store, id: string): Promise<boolean> {
  return (await db.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function sessionExists(db: Store, id: string): Promise<boolean> {
  return (await db.selectFrom('sessions').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Whether a guiding question belongs to the session. */
export async function questionInSession(db: Store, sessionId: string, questionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('guidingQuestions')
    .select('id')
    .where('id', '=', questionId)
    .where('sessionId', '=', sessionId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a finished entry of the floor's record belongs to the session. */
export async function recordEntryInSession(db: Store, sessionId: string, entryId: string): Promise<boolean> {
  const row = await db
    .selectFrom('floorSpeeches')
    .select('id')
    .where('id', '=', entryId)
    .where('sessionId', '=', sessionId)
    .where('endedAt', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The session an agenda item belongs to, if the item exists. */
export async function sessionOfItem(db: Store, itemId: string): Promise<string | undefined> {
  const row = await db.selectFrom('agendaItems').select('sessionId').where('id', '=', itemId).executeTakeFirst();
  return row?.sessionId;
}

export interface ItemSummary {
  itemId: string;
  summary: LocalizedRichText;
}

/** The summaries written for a session's items (an item without one has none here). */
export async function listItemSummaries(db: Store, sessionId: string): Promise<ItemSummary[]> {
  const rows = await db
    .selectFrom('agendaItemSummaries')
    .innerJoin('agendaItems', 'agendaItems.id', 'agendaItemSummaries.itemId')
    .selectAll('agendaItemSummaries')
    .where('agendaItems.sessionId', '=', sessionId)
    .orderBy('agendaItems.position')
    .execute();
  return rows.map((row) => ({
    itemId: row.itemId,
    summary: LocalizedRichTextSchema.parse(
      localizedFromColumns('summary', { ...row }, (json) => JSON.parse(json) as unknown),
    ),
  }));
}

/** The person who chaired the session, when the Secretariat said who. */
export async function findChair(db: Store, sessionId: string): Promise<string | null> {
  const row = await db
    .selectFrom('sessionChairs')
    .select('personId')
    .where('sessionId', '=', sessionId)
    .executeTakeFirst();
  return row?.personId ?? null;
}

export async function saveChair(db: Store, sessionId: string, personId: string | null): Promise<void> {
  if (personId === null) {
    await db.deleteFrom('sessionChairs').where('sessionId', '=', sessionId).execute();
    return;
  }
  await db
    .insertInto('sessionChairs')
    .values({ sessionId, personId })
    .onConflict((oc) => oc.column('sessionId').doUpdateSet({ personId }))
    .execute();
}

export async function personExists(db: Store, id: string): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Writes an item's summary in every language, making its row the first time. */
export async function saveItemSummary(db: Store, summary: ItemSummary, stamp: string): Promise<void> {
  const columns = localizedColumns('summary', summary.summary, JSON.stringify);
  await db
    .insertInto('agendaItemSummaries')
    .values({ itemId: summary.itemId, ...columns, updatedAt: stamp })
    .onConflict((oc) => oc.column('itemId').doUpdateSet({ ...columns, updatedAt: stamp }))
    .execute();
}

/** Organizations by id (rows as stored), for the reports that name who spoke and who shared. */
export async function organizationRows(db: Store, ids: readonly string[]) {
  return ids.length ? db.selectFrom('organizations').selectAll().where('id', 'in', ids).execute() : [];
}

/** People by id (rows as stored). */
export async function personRows(db: Store, ids: readonly string[]) {
  return ids.length ? db.selectFrom('people').selectAll().where('id', 'in', ids).execute() : [];
}

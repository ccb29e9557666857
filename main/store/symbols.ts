import type { RevisionKind } from '../../shared/domain/document';
import type { Store } from './open-database';

/* Document symbols: each body's numbering, the symbols issued, and revisions of a document under its symbol. */

/** Whether a symbol was issued or is borne by a document. */
export async function symbolTaken(db: Store, symbol: string): Promise<boolean> {
  const issued = await db.selectFrom('issuedSymbols').select('id').where('symbol', '=', symbol).executeTakeFirst();
  const used = await db.selectFrom('documents').select('id').where('symbol', '=', symbol).executeTakeFirst();
  return issued !== undefined || used !== undefined;
}

/** The body's symbol pattern and its own count; undefined when there is no such body. */
export async function bodyNumbering(db: Store, bodyId: string) {
  return db
    .selectFrom('bodies')
    .select(['symbolPattern', 'nextSymbolNumber'])
    .where('id', '=', bodyId)
    .executeTakeFirst();
}

/** The highest number issued for the body, or null. */
export async function lastIssuedNumber(db: Store, bodyId: string): Promise<number | null> {
  const last = await db
    .selectFrom('issuedSymbols')
    .select((eb) => eb.fn.max<number | null>('number').as('last'))
    .where('bodyId', '=', bodyId)
    .executeTakeFirst();
  return last?.last ?? null;
}

/** A document's row with its session's body and date; undefined when there is no such document. */
export async function documentWithSession(db: Store, documentId: string) {
  return db
    .selectFrom('documents')
    .innerJoin('sessions', 'sessions.id', 'documents.sessionId')
    .selectAll('documents')
    .select(['sessions.bodyId', 'sessions.date'])
    .where('documents.id', '=', documentId)
    .executeTakeFirst();
}

/** Records the symbol as issued to the document and gives it to the document. */
export async function issueSymbolTo(
  db: Store,
  doc: { id: string; bodyId: string },
  symbol: string,
  number: number,
  stamp: string,
): Promise<void> {
  await db
    .insertInto('issuedSymbols')
    .values({ id: crypto.randomUUID(), bodyId: doc.bodyId, symbol, number, documentId: doc.id, issuedAt: stamp })
    .execute();
  await db.updateTable('documents').set({ symbol, updatedAt: stamp }).where('id', '=', doc.id).execute();
}

/** The highest revision number of that kind under the symbol, or null. */
export async function lastRevisionNumber(
  db: Store,
  symbol: string,
  revisionKind: RevisionKind,
): Promise<number | null> {
  const last = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.max<number | null>('revisionNumber').as('last'))
    .where('symbol', '=', symbol)
    .where('revisionKind', '=', revisionKind)
    .executeTakeFirst();
  return last?.last ?? null;
}

/** A new document that revises `source` under its symbol, starting from a copy of the source's original version. */
export async function insertRevision(
  db: Store,
  source: { id: string; sessionId: string; kind: string; symbol: string; originalLanguage: string },
  revision: { kind: RevisionKind; number: number },
  stamp: string,
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('documents')
    .values({
      id,
      sessionId: source.sessionId,
      kind: source.kind,
      symbol: source.symbol,
      revisionKind: revision.kind,
      revisionNumber: revision.number,
      originalLanguage: source.originalLanguage,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .execute();
  const original = await db
    .selectFrom('documentVersions')
    .selectAll()
    .where('documentId', '=', source.id)
    .where('language', '=', source.originalLanguage)
    .executeTakeFirst();
  if (original) {
    await db
      .insertInto('documentVersions')
      .values({
        ...original,
        id: crypto.randomUUID(),
        documentId: id,
        status: 'original',
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
  }
  return id;
}

import type { DocumentVersion, SessionDocument } from '../../shared/domain/document';
import type { Language } from '../../shared/domain/languages';
import { ENTITY_SPECS } from './entity-specs';
import type { Store } from './open-database';
import { fromRow } from './row-mapping';

/* A session's documents and their language versions. */

export async function findDocument(db: Store, id: string): Promise<SessionDocument | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row && (fromRow(ENTITY_SPECS.documents, row) as SessionDocument);
}

export interface StoredVersion {
  version: DocumentVersion;
  /** The content column as stored (JSON text), to snapshot and compare byte for byte. */
  raw: string | null;
}

/** The document's language versions, in no particular order. */
export async function versionsOf(db: Store, documentId: string): Promise<StoredVersion[]> {
  const rows = await db.selectFrom('documentVersions').selectAll().where('documentId', '=', documentId).execute();
  return rows.map((row) => ({
    version: fromRow(ENTITY_SPECS.documentVersions, row) as DocumentVersion,
    raw: row.content,
  }));
}

export async function findVersion(db: Store, documentId: string, lang: Language): Promise<DocumentVersion | null> {
  const row = await db
    .selectFrom('documentVersions')
    .selectAll()
    .where('documentId', '=', documentId)
    .where('language', '=', lang)
    .executeTakeFirst();
  return row ? (fromRow(ENTITY_SPECS.documentVersions, row) as DocumentVersion) : null;
}

import type { Language } from '../../shared/domain/languages';
import type { Store } from './open-database';
import type { SessionTextSendingsTable, TranslationSnapshotsTable } from './schema';

/*
 * What went to translation: a document's original as sent into one language (a snapshot), and the
 * session's texts as sent into one language; each marked received when the translation comes back.
 */

export type TranslationSnapshot = TranslationSnapshotsTable;
export type SessionTextSending = SessionTextSendingsTable;

/** The latest sending of a language version. */
export async function latestSnapshot(db: Store, versionId: string): Promise<TranslationSnapshot | undefined> {
  return db
    .selectFrom('translationSnapshots')
    .selectAll()
    .where('versionId', '=', versionId)
    .orderBy('sentAt', 'desc')
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

export async function insertSnapshot(db: Store, snapshot: TranslationSnapshot): Promise<void> {
  await db.insertInto('translationSnapshots').values(snapshot).execute();
}

/** The latest sending of the session's texts into `language`. */
export async function latestSessionTextSending(
  db: Store,
  sessionId: string,
  language: Language,
): Promise<SessionTextSending | undefined> {
  return db
    .selectFrom('sessionTextSendings')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('language', '=', language)
    .orderBy('sentAt', 'desc')
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

export async function insertSessionTextSending(db: Store, sending: SessionTextSending): Promise<void> {
  await db.insertInto('sessionTextSendings').values(sending).execute();
}

/** Marks a sending (of a document or of the session's texts) as answered by a received file. */
export async function markSendingReceived(
  db: Store,
  table: 'translationSnapshots' | 'sessionTextSendings',
  id: string,
  receivedAt: string,
): Promise<void> {
  await db.updateTable(table).set({ receivedAt, updatedAt: receivedAt }).where('id', '=', id).execute();
}

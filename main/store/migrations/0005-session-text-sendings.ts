import type { Kysely, Migration } from 'kysely';

/**
 * The session's texts (title, item titles and annotations, guiding questions) sent to translation
 * as one translator's file per language: one row per sending, holding the texts as sent with the
 * records they came from (so a received file maps back to them, and is compared with what the
 * translator had), when, to whom, by when, and when the translation came back.
 */
export const migration0005: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('session_text_sendings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('original_language', 'text', (c) => c.notNull())
      .addColumn('translator', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('due_date', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('texts', 'text', (c) => c.notNull())
      .addColumn('text_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('session_text_sendings_by_session')
      .on('session_text_sendings')
      .columns(['session_id', 'language', 'sent_at'])
      .execute();
  },
};

import type { Kysely, Migration } from 'kysely';

/**
 * What was sent to translation: one row per sending of a language version, holding the original's
 * content as it was sent (so "what changed since it was sent" compares with exactly that), when,
 * to whom, the printed symbol with its revision, and when the translation came back.
 */
export const migration0003: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('translation_snapshots')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('version_id', 'text', (c) => c.notNull().references('document_versions.id').onDelete('cascade'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('original_language', 'text', (c) => c.notNull())
      .addColumn('original_version_id', 'text', (c) =>
        c.notNull().references('document_versions.id').onDelete('cascade'),
      )
      .addColumn('original_updated_at', 'text', (c) => c.notNull())
      .addColumn('symbol', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('translator', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('due_date', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('translation_snapshots_by_version')
      .on('translation_snapshots')
      .columns(['version_id', 'sent_at'])
      .execute();
    await db.schema
      .createIndex('translation_snapshots_by_document')
      .on('translation_snapshots')
      .column('document_id')
      .execute();
  },
};

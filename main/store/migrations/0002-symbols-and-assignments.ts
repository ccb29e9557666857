import type { Kysely, Migration } from 'kysely';

/**
 * Document symbols issued per body (so a symbol is never issued twice), the running number a body's
 * next symbol starts from, and which speakers answer which guiding question.
 */
export const migration0002: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('bodies')
      .addColumn('next_symbol_number', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('issued_symbols')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
      .addColumn('symbol', 'text', (c) => c.notNull().unique())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('issued_symbols_by_body').on('issued_symbols').columns(['body_id', 'number']).execute();

    await db.schema
      .createTable('guiding_question_assignments')
      .addColumn('question_id', 'text', (c) => c.notNull().references('guiding_questions.id').onDelete('cascade'))
      .addColumn('speaker_id', 'text', (c) => c.notNull().references('speakers.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('guiding_question_assignments_pk', ['question_id', 'speaker_id'])
      .execute();
    await db.schema
      .createIndex('guiding_question_assignments_by_speaker')
      .on('guiding_question_assignments')
      .column('speaker_id')
      .execute();
  },
};

import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';

/* Released migrations are never edited: a later change is a new migration with its own test. */

const LANGS = ['en', 'es', 'fr', 'pt'] as const;

function localized<T extends string>(table: CreateTableBuilder<T>, prefix: string): CreateTableBuilder<T> {
  return LANGS.reduce((t, lang) => t.addColumn(`${prefix}_${lang}`, 'text', (c) => c.notNull().defaultTo('')), table);
}

function withTimestamps<T extends string>(table: CreateTableBuilder<T>): CreateTableBuilder<T> {
  return table.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());
}

export const migration0001: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    let bodies = db.schema
      .createTable('bodies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('symbol_pattern', 'text', (c) => c.notNull());
    bodies = localized(localized(bodies, 'name'), 'parent_name');
    await withTimestamps(bodies).execute();

    let sessions = db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id').onDelete('restrict'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('start_time', 'text', (c) => c.notNull())
      .addColumn('end_time', 'text', (c) => c.notNull())
      .addColumn('room', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('modality', 'text', (c) => c.notNull())
      .addColumn('original_language', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull());
    sessions = localized(sessions, 'title');
    await withTimestamps(sessions).execute();
    await db.schema.createIndex('sessions_by_body').on('sessions').column('body_id').execute();

    let items = db.schema
      .createTable('agenda_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer', (c) => c.notNull())
      .addColumn('document_symbols', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('speaker_order', 'text', (c) => c.notNull().defaultTo('by_rule'));
    items = localized(localized(items, 'title'), 'annotation');
    await withTimestamps(items).execute();
    await db.schema
      .createIndex('agenda_items_by_session')
      .on('agenda_items')
      .columns(['session_id', 'position'])
      .execute();

    await withTimestamps(
      db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('symbol', 'text')
        .addColumn('revision_kind', 'text')
        .addColumn('revision_number', 'integer')
        .addColumn('original_language', 'text', (c) => c.notNull()),
    ).execute();
    await db.schema.createIndex('documents_by_session').on('documents').column('session_id').execute();

    await withTimestamps(
      db.schema
        .createTable('document_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('content', 'text')
        .addColumn('control_number', 'text', (c) => c.notNull().defaultTo(''))
        .addUniqueConstraint('document_versions_one_per_language', ['document_id', 'language']),
    ).execute();

    let questions = db.schema
      .createTable('guiding_questions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull());
    questions = localized(questions, 'text');
    await withTimestamps(questions).execute();
    await db.schema
      .createIndex('guiding_questions_by_session')
      .on('guiding_questions')
      .columns(['session_id', 'position'])
      .execute();

    let organizations = db.schema
      .createTable('organizations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.unique())
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('is_reference', 'integer', (c) => c.notNull().defaultTo(0));
    organizations = localized(localized(organizations, 'acronym'), 'name');
    await withTimestamps(organizations).execute();

    await withTimestamps(
      db.schema
        .createTable('people')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('honorific', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('set null'))
        .addColumn('email', 'text', (c) => c.notNull().defaultTo('')),
    ).execute();

    await withTimestamps(
      db.schema
        .createTable('speakers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agenda_item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
        .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('restrict'))
        .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('restrict'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('allotted_minutes', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addCheckConstraint('speakers_name_someone', sql`person_id is not null or organization_id is not null`),
    ).execute();
    await db.schema.createIndex('speakers_by_item').on('speakers').columns(['agenda_item_id', 'position']).execute();
  },
};

import { sql, type Kysely, type Migration } from 'kysely';
import { EMPTY_RICH_TEXT_JSON } from './0004-rich-annotations';

const LANGS = ['en', 'es', 'fr', 'pt'] as const;

/**
 * After the session (issue 18): the good practices States shared, and for the session report the
 * Secretariat's summary of each agenda item and who chaired. Texts are per-language columns like an item's title and
 * annotation (rich texts as ProseMirror JSON), so they go through translation like them.
 *
 * Summaries are their own table rather than columns of agenda_items: the agenda's screens and its
 * translation never read them, and an item without a summary has no row.
 */
export const migration0007: Migration = {
  async up(db: Kysely<unknown>) {
    let practices = db.schema
      .createTable('good_practices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
      // a State that shared a practice cannot be deleted from under it
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('restrict'))
      .addColumn('question_id', 'text', (c) => c.references('guiding_questions.id').onDelete('set null'))
      .addColumn('record_entry_id', 'text', (c) => c.references('floor_speeches.id').onDelete('set null'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addCheckConstraint('good_practices_channel', sql`channel in ('floor', 'writing')`);
    for (const lang of LANGS) {
      practices = practices
        .addColumn(`title_${lang}`, 'text', (c) => c.notNull().defaultTo(''))
        .addColumn(`text_${lang}`, 'text', (c) => c.notNull().defaultTo(EMPTY_RICH_TEXT_JSON));
    }
    await practices
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('good_practices_by_session')
      .on('good_practices')
      .columns(['session_id', 'organization_id'])
      .execute();

    let summaries = db.schema
      .createTable('agenda_item_summaries')
      .addColumn('item_id', 'text', (c) => c.primaryKey().references('agenda_items.id').onDelete('cascade'));
    for (const lang of LANGS) {
      summaries = summaries.addColumn(`summary_${lang}`, 'text', (c) => c.notNull().defaultTo(EMPTY_RICH_TEXT_JSON));
    }
    await summaries.addColumn('updated_at', 'text', (c) => c.notNull()).execute();

    await db.schema
      .createTable('session_chairs')
      .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('restrict'))
      .execute();
  },
};

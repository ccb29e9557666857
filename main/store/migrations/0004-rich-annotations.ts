import { sql, type Kysely, type Migration } from 'kysely';
import { richTextFromPlainText } from '../../../shared/content/rich-text';

/** The stored form of an empty rich text: a new item's annotation before anyone writes one. */
export const EMPTY_RICH_TEXT_JSON = '{"type":"doc","content":[]}';

const LANGS = ['en', 'es', 'fr', 'pt'] as const;

/**
 * Agenda item annotations become rich text (ProseMirror JSON, like a document's body), still one
 * column per language. SQLite cannot change a column's default in place, so each column is renamed,
 * a new one with an empty rich text as its default takes its name, the old plain text is carried
 * over (each line a paragraph), and the old column goes. No table is rebuilt: dropping agenda_items
 * would cascade to its speakers.
 */
export const migration0004: Migration = {
  async up(db: Kysely<unknown>) {
    for (const lang of LANGS) {
      await db.schema
        .alterTable('agenda_items')
        .renameColumn(`annotation_${lang}`, `annotation_${lang}_plain`)
        .execute();
      await db.schema
        .alterTable('agenda_items')
        .addColumn(`annotation_${lang}`, 'text', (c) => c.notNull().defaultTo(EMPTY_RICH_TEXT_JSON))
        .execute();
    }
    const plainColumns = LANGS.map((lang) => `annotation_${lang}_plain`);
    // Aliased to the bare language codes: the store's camel-case plugin renames result columns.
    const selected = LANGS.map((lang) => sql`${sql.ref(`annotation_${lang}_plain`)} as ${sql.raw(lang)}`);
    const rows = await sql<
      Record<(typeof LANGS)[number] | 'id', string>
    >`select id, ${sql.join(selected)} from agenda_items`.execute(db);
    for (const row of rows.rows) {
      const assignments = LANGS.map(
        (lang) => sql`${sql.ref(`annotation_${lang}`)} = ${JSON.stringify(richTextFromPlainText(row[lang]))}`,
      );
      await sql`update agenda_items set ${sql.join(assignments)} where id = ${row.id}`.execute(db);
    }
    for (const column of plainColumns) await db.schema.alterTable('agenda_items').dropColumn(column).execute();
  },
};

import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The floor of a session on the day of the meeting (issue 17), as stored data so that a crash of
 * the laptop loses nothing: which item is open, the queue of requests, every speech with the
 * instants it began, paused, resumed and ended. The clock is always computed from these instants.
 *
 * Instants are epoch milliseconds (integers), not the wall-clock strings of the preparation tables:
 * elapsed time is arithmetic on them, and an instant must not shift with the laptop's time zone or
 * a daylight-saving change in the middle of a meeting. The API shows them as ISO strings in UTC.
 */
export const migration0006: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('floors')
      .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
      .addColumn('item_id', 'text', (c) => c.references('agenda_items.id').onDelete('set null'))
      .execute();

    await db.schema
      .createTable('floor_queue')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('speaker_id', 'text', (c) => c.references('speakers.id').onDelete('cascade'))
      .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('restrict'))
      .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('restrict'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('requested_at', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('floor_queue_by_session')
      .on('floor_queue')
      .columns(['session_id', 'position'])
      .execute();

    await db.schema
      .createTable('floor_speeches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('speaker_id', 'text', (c) => c.references('speakers.id').onDelete('set null'))
      .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('restrict'))
      .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('restrict'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('allotted_seconds', 'integer')
      .addColumn('started_at', 'integer', (c) => c.notNull())
      .addColumn('ended_at', 'integer')
      .addColumn('spoken_seconds', 'integer')
      // a speech interrupted by a point of order waits, its clock paused, until the point is dealt with
      .addColumn('suspended', 'integer', (c) => c.notNull().defaultTo(0))
      .addCheckConstraint(
        'floor_speeches_someone',
        sql`speaker_id is not null or organization_id is not null or person_id is not null`,
      )
      .execute();
    await db.schema
      .createIndex('floor_speeches_by_session')
      .on('floor_speeches')
      .columns(['session_id', 'started_at'])
      .execute();
    // one speaker at a time holds the floor of a session
    await sql`create unique index floor_speeches_one_current on floor_speeches (session_id)
      where ended_at is null and suspended = 0`.execute(db);

    await db.schema
      .createTable('floor_pauses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('speech_id', 'text', (c) => c.notNull().references('floor_speeches.id').onDelete('cascade'))
      // chair (pause key) or pointOfOrder (the speech was suspended), so ending a point of order lifts only its own pause
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('paused_at', 'integer', (c) => c.notNull())
      .addColumn('resumed_at', 'integer')
      .execute();
    await db.schema.createIndex('floor_pauses_by_speech').on('floor_pauses').column('speech_id').execute();
  },
};

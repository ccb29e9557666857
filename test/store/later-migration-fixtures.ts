import { expect } from 'vitest';
import { searchArchive } from '../../main/store/search/search-archive';
import { stamp, ids, insertVersion1Session, type MigrationFixture } from './migration-rows';

/** The fixtures of the migrations after the floor: good practices (0007) and the search index (0008). */
export const LATER_MIGRATION_FIXTURES: Record<string, MigrationFixture> = {
  '0007-good-practices': {
    async before(db) {
      await insertVersion1Session(db);
      await db
        .insertInto('floorSpeeches')
        .values({ ...floorSpeech, sessionId: ids.session, itemId: ids.item, organizationId: ids.org })
        .execute();
    },
    async after(db) {
      // the session and its record are as they were; a practice can be held by a State, on a question, from the record
      expect(await db.selectFrom('floorSpeeches').select('id').execute()).toEqual([{ id: floorSpeech.id }]);
      const practice = {
        id: crypto.randomUUID(),
        sessionId: ids.session,
        organizationId: ids.org,
        questionId: ids.question,
        recordEntryId: floorSpeech.id,
        language: 'es',
        date: '2023-05-09',
        channel: 'floor',
        titleEn: '',
        titleEs: 'Ventanilla única',
        titleFr: '',
        titlePt: '',
        textEn: '{"type":"doc","content":[]}',
        textEs: '{"type":"doc","content":[]}',
        textFr: '{"type":"doc","content":[]}',
        textPt: '{"type":"doc","content":[]}',
        createdAt: stamp,
        updatedAt: stamp,
      };
      await db.insertInto('goodPractices').values(practice).execute();
      expect(await db.selectFrom('goodPractices').selectAll().execute()).toEqual([practice]);
      // said on the floor or sent in writing, nothing else
      await expect(
        db
          .insertInto('goodPractices')
          .values({ ...practice, id: crypto.randomUUID(), channel: 'rumour' })
          .execute(),
      ).rejects.toThrow(/CHECK/);
      // the State that shared it stays
      await expect(db.deleteFrom('organizations').where('id', '=', ids.org).execute()).rejects.toThrow();
      // an item's summary defaults to empty rich texts in every language
      await db
        .insertInto('agendaItemSummaries')
        .values({ itemId: ids.item, updatedAt: stamp } as never)
        .execute();
      const summary = await db.selectFrom('agendaItemSummaries').selectAll().executeTakeFirstOrThrow();
      expect(JSON.parse(summary.summaryPt)).toEqual({ type: 'doc', content: [] });
      // a session's chair is one person, who stays while named
      const chair = crypto.randomUUID();
      await db
        .insertInto('people')
        .values({
          id: chair,
          name: 'Ana',
          honorific: 'Ambassador',
          position: '',
          organizationId: null,
          email: '',
          createdAt: stamp,
          updatedAt: stamp,
        })
        .execute();
      await db.insertInto('sessionChairs').values({ sessionId: ids.session, personId: chair }).execute();
      await expect(db.deleteFrom('people').where('id', '=', chair).execute()).rejects.toThrow();
      // the question and the record entry going leave the practice, unlinked
      await db.deleteFrom('floorSpeeches').execute();
      await db.deleteFrom('guidingQuestions').execute();
      expect(
        await db.selectFrom('goodPractices').select(['questionId', 'recordEntryId']).executeTakeFirstOrThrow(),
      ).toEqual({ questionId: null, recordEntryId: null });
      // and the practices and summaries go with their session and item
      await db.deleteFrom('agendaItems').execute();
      await db.deleteFrom('documents').execute();
      await db.deleteFrom('sessions').where('id', '=', ids.session).execute();
      expect(await db.selectFrom('goodPractices').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('agendaItemSummaries').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('sessionChairs').selectAll().execute()).toEqual([]);
    },
  },
  '0008-search-index': {
    async before(db) {
      await insertVersion1Session(db);
      await db
        .updateTable('sessions')
        .set({ titleEs: 'Gobernanza de la migración', titleFr: "L'accueil d'Haïti" })
        .execute();
      const annotation = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Protección consular' }] }],
      };
      await db
        .updateTable('agendaItems')
        .set({ annotationEs: JSON.stringify(annotation) })
        .execute();
      const body = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Regularización migratoria.' },
              { type: 'footnote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'AG/RES. 2988' }] }] },
            ],
          },
        ],
      };
      await db
        .insertInto('documentVersions')
        .values({
          id: ids.original,
          documentId: ids.document,
          language: 'es',
          status: 'original',
          content: JSON.stringify({
            schemaVersion: 1,
            titleBlock: { title: '', subtitle: '', date: '', authorship: '' },
            body,
          }),
          controlNumber: '',
          createdAt: stamp,
          updatedAt: stamp,
        })
        .execute();
    },
    async after(db) {
      // what was there before is found, each text as its kind, in its language
      const found = async (text: string) =>
        (await searchArchive(db, { text, limit: 10 })).hits.map((h) => `${h.kind} ${h.language} ${h.sessionId}`);
      expect(await found('migracion')).toEqual([`title es ${ids.session}`]);
      expect(await found('haiti')).toEqual([`title fr ${ids.session}`]);
      expect(await found('consular')).toEqual([`annotation es ${ids.session}`]);
      expect(await found('regularizacion')).toEqual([`document es ${ids.session}`]);
      expect(await found('"AG/RES. 2988"')).toEqual([`footnote es ${ids.session}`]);
      // a name that reads the same in every language is one hit, not four
      const uruguay = (await found('uruguay')).map((hit) => hit.replace(/ (en|es|fr|pt) /, ' '));
      expect(uruguay.sort()).toEqual(['organization null', `speaker ${ids.session}`]);
      // and the data itself is as it was
      expect(await db.selectFrom('sessions').select('titleEs').execute()).toEqual([
        { titleEs: 'Gobernanza de la migración' },
      ]);
    },
  },
};

/** A finished speech on the record, as migration 0006 stores it. */
const floorSpeech = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  kind: 'speaker',
  speakerId: null,
  personId: null,
  role: 'delegation',
  allottedSeconds: 300,
  startedAt: 1_773_151_200_000,
  endedAt: 1_773_151_380_000,
  spokenSeconds: 180,
  suspended: 0,
};

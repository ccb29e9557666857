import { sql } from 'kysely';
import { expect } from 'vitest';
import { ENTITY_SPECS } from '../../main/store/entity-specs';
import { fromRow } from '../../main/store/row-mapping';
import { LATER_MIGRATION_FIXTURES } from './later-migration-fixtures';
import { stamp, ids, speakerRow, insertVersion1Session, type MigrationFixture } from './migration-rows';

export const MIGRATION_FIXTURES: Record<string, MigrationFixture> = {
  '0001-initial': {
    async before() {},
    async after(db) {
      await insertVersion1Session(db);
      // the schema's own rules hold: a speaker names someone, and a state on a list cannot be deleted
      await expect(
        db
          .insertInto('speakers')
          .values(speakerRow(crypto.randomUUID(), null, 1))
          .execute(),
      ).rejects.toThrow();
      await expect(db.deleteFrom('organizations').where('id', '=', ids.org).execute()).rejects.toThrow();
      await db.deleteFrom('sessions').where('id', '=', ids.session).execute();
      expect(await db.selectFrom('speakers').selectAll().execute()).toEqual([]);
    },
  },
  '0002-symbols-and-assignments': {
    before: insertVersion1Session,
    async after(db) {
      const body = await db.selectFrom('bodies').selectAll().where('id', '=', ids.body).executeTakeFirstOrThrow();
      expect(body.nextSymbolNumber).toBe(1);
      expect(body.symbolPattern).toBe('CP/CAM-{n}/{yy}');
      expect(await db.selectFrom('documents').select('symbol').execute()).toEqual([{ symbol: 'CP/CAM-5/23' }]);
      await db
        .insertInto('guidingQuestionAssignments')
        .values({ questionId: ids.question, speakerId: ids.speaker })
        .execute();
      const issued = { bodyId: ids.body, symbol: 'CP/CAM-6/23', number: 6, issuedAt: stamp };
      await db
        .insertInto('issuedSymbols')
        .values({ ...issued, id: crypto.randomUUID(), documentId: ids.document })
        .execute();
      await expect(
        db
          .insertInto('issuedSymbols')
          .values({ ...issued, id: crypto.randomUUID(), documentId: null })
          .execute(),
      ).rejects.toThrow();
      // an assignment goes with its speaker
      await db.deleteFrom('speakers').where('id', '=', ids.speaker).execute();
      expect(await db.selectFrom('guidingQuestionAssignments').selectAll().execute()).toEqual([]);
    },
  },
  '0003-translation-snapshots': {
    async before(db) {
      await insertVersion1Session(db);
      for (const [id, language, status] of [
        [ids.original, 'es', 'original'],
        [ids.translation, 'en', 'not_started'],
      ] as const) {
        await db
          .insertInto('documentVersions')
          .values({
            id,
            documentId: ids.document,
            language,
            status,
            content: null,
            controlNumber: '',
            createdAt: stamp,
            updatedAt: stamp,
          })
          .execute();
      }
    },
    async after(db) {
      // the versions are as they were; a sending of the English version can be recorded
      expect(
        (await db.selectFrom('documentVersions').select(['id', 'status']).orderBy('language').execute()).map(
          (v) => v.status,
        ),
      ).toEqual(['not_started', 'original']);
      await db
        .insertInto('translationSnapshots')
        .values({
          id: crypto.randomUUID(),
          documentId: ids.document,
          versionId: ids.translation,
          language: 'en',
          originalLanguage: 'es',
          originalVersionId: ids.original,
          originalUpdatedAt: stamp,
          symbol: 'CP/CAM-5/23',
          translator: 'Ana Pérez',
          dueDate: '',
          content: '{}',
          wordCount: 0,
          fileName: 'CP-CAM-5-23-es-to-en.docx',
          sentAt: stamp,
          receivedAt: null,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .execute();
      // a snapshot must name a version that exists
      await expect(
        db
          .insertInto('translationSnapshots')
          .values({
            id: crypto.randomUUID(),
            documentId: ids.document,
            versionId: crypto.randomUUID(),
            language: 'fr',
            originalLanguage: 'es',
            originalVersionId: ids.original,
            originalUpdatedAt: stamp,
            symbol: '',
            translator: '',
            dueDate: '',
            content: '{}',
            wordCount: 0,
            fileName: '',
            sentAt: stamp,
            receivedAt: null,
            createdAt: stamp,
            updatedAt: stamp,
          })
          .execute(),
      ).rejects.toThrow();
      // and goes with its document
      await db.deleteFrom('documents').where('id', '=', ids.document).execute();
      expect(await db.selectFrom('translationSnapshots').selectAll().execute()).toEqual([]);
    },
  },
  '0004-rich-annotations': {
    async before(db) {
      await insertVersion1Session(db);
      await db
        .updateTable('agendaItems')
        .set({
          annotationEn: 'Panelists present first.\n\n\tThen delegations take the floor.',
          annotationEs: 'Primero exponen los panelistas.',
          annotationFr: '',
          annotationPt: '   ',
        } as never)
        .where('id', '=', ids.item)
        .execute();
    },
    async after(db) {
      const row = await db.selectFrom('agendaItems').selectAll().where('id', '=', ids.item).executeTakeFirstOrThrow();
      const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
      // each line a paragraph, blank lines gone, the tab made a space and trimmed away
      expect(JSON.parse(row.annotationEn)).toEqual({
        type: 'doc',
        content: [paragraph('Panelists present first.'), paragraph('Then delegations take the floor.')],
      });
      expect(JSON.parse(row.annotationEs)).toEqual({
        type: 'doc',
        content: [paragraph('Primero exponen los panelistas.')],
      });
      expect(JSON.parse(row.annotationFr)).toEqual({ type: 'doc', content: [] });
      expect(JSON.parse(row.annotationPt)).toEqual({ type: 'doc', content: [] });
      // the rest of the row, and the speakers on the item, are as they were
      expect(row.titleEn).toBe('P');
      expect(row.durationMinutes).toBe(90);
      expect(await db.selectFrom('speakers').select('id').execute()).toEqual([{ id: ids.speaker }]);
      const columns = await sql<{ name: string }>`select name from pragma_table_info('agenda_items')`.execute(db);
      expect(columns.rows.map((c) => c.name).filter((n) => n.startsWith('annotation'))).toEqual([
        'annotation_en',
        'annotation_es',
        'annotation_fr',
        'annotation_pt',
      ]);
      // a row written without an annotation gets an empty rich text, not ''
      const fresh = crypto.randomUUID();
      await sql`insert into agenda_items (id, session_id, position, kind, duration_minutes, created_at, updated_at)
        values (${fresh}, ${ids.session}, 1, 'closing', 10, ${stamp}, ${stamp})`.execute(db);
      const added = await db.selectFrom('agendaItems').selectAll().where('id', '=', fresh).executeTakeFirstOrThrow();
      expect(JSON.parse(added.annotationFr)).toEqual({ type: 'doc', content: [] });
      // and the API reads both rows as valid agenda items
      for (const r of [row, added]) expect(() => fromRow(ENTITY_SPECS.agendaItems, r)).not.toThrow();
    },
  },
  '0005-session-text-sendings': {
    async before(db) {
      await insertVersion1Session(db);
    },
    async after(db) {
      // the session is as it was; a sending of its texts to French can be recorded
      const session = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', ids.session)
        .executeTakeFirstOrThrow();
      expect(() => fromRow(ENTITY_SPECS.sessions, session)).not.toThrow();
      const sending = {
        id: crypto.randomUUID(),
        sessionId: ids.session,
        language: 'fr',
        originalLanguage: 'en',
        translator: 'Marie Dubois',
        dueDate: '2023-04-28',
        texts: '{"texts":[]}',
        textCount: 0,
        wordCount: 0,
        fileName: 'session-texts-en-to-fr.docx',
        sentAt: stamp,
        receivedAt: null,
        createdAt: stamp,
        updatedAt: stamp,
      };
      await db.insertInto('sessionTextSendings').values(sending).execute();
      expect(await db.selectFrom('sessionTextSendings').selectAll().execute()).toEqual([sending]);
      // a sending must name a session that exists
      await expect(
        db
          .insertInto('sessionTextSendings')
          .values({ ...sending, id: crypto.randomUUID(), sessionId: crypto.randomUUID() })
          .execute(),
      ).rejects.toThrow();
      // and goes with its session
      await db.deleteFrom('agendaItems').execute();
      await db.deleteFrom('guidingQuestions').execute();
      await db.deleteFrom('documents').execute();
      await db.deleteFrom('sessions').where('id', '=', ids.session).execute();
      expect(await db.selectFrom('sessionTextSendings').selectAll().execute()).toEqual([]);
    },
  },
  '0006-floor': {
    async before(db) {
      await insertVersion1Session(db);
    },
    async after(db) {
      // the session and its list are as they were; its floor can be stored: an open item, a queue, a speech with a pause
      expect(await db.selectFrom('speakers').select('id').execute()).toEqual([{ id: ids.speaker }]);
      await db.insertInto('floors').values({ sessionId: ids.session, itemId: ids.item }).execute();
      await db
        .insertInto('floorQueue')
        .values({
          id: crypto.randomUUID(),
          sessionId: ids.session,
          itemId: ids.item,
          kind: 'pointOfOrder',
          speakerId: null,
          organizationId: ids.org,
          personId: null,
          position: 0,
          requestedAt: 1_773_151_200_000,
        })
        .execute();
      const speech = {
        id: crypto.randomUUID(),
        sessionId: ids.session,
        itemId: ids.item,
        kind: 'speaker',
        speakerId: ids.speaker,
        organizationId: ids.org,
        personId: null,
        role: 'delegation',
        allottedSeconds: 300,
        startedAt: 1_773_151_200_000,
        endedAt: null,
        spokenSeconds: null,
        suspended: 0,
      };
      await db.insertInto('floorSpeeches').values(speech).execute();
      await db
        .insertInto('floorPauses')
        .values({ id: crypto.randomUUID(), speechId: speech.id, reason: 'chair', pausedAt: 1_773_151_260_000 })
        .execute();
      expect(await db.selectFrom('floorSpeeches').selectAll().execute()).toEqual([speech]);
      // one speaker at a time has the floor of a session
      await expect(
        db
          .insertInto('floorSpeeches')
          .values({ ...speech, id: crypto.randomUUID() })
          .execute(),
      ).rejects.toThrow(/UNIQUE/);
      // a speech names someone
      await expect(
        db
          .insertInto('floorSpeeches')
          .values({ ...speech, id: crypto.randomUUID(), speakerId: null, organizationId: null, endedAt: 1 })
          .execute(),
      ).rejects.toThrow(/CHECK/);
      // and the floor goes with its session
      await db.deleteFrom('agendaItems').execute();
      await db.deleteFrom('guidingQuestions').execute();
      await db.deleteFrom('documents').execute();
      await db.deleteFrom('sessions').where('id', '=', ids.session).execute();
      for (const table of ['floors', 'floorQueue', 'floorSpeeches', 'floorPauses'] as const) {
        expect(await db.selectFrom(table).selectAll().execute()).toEqual([]);
      }
    },
  },
  ...LATER_MIGRATION_FIXTURES,
};

import type { Language } from '../../shared/domain/languages';
import type { Store } from './open-database';

/* A session's guiding questions: their texts per language and the speakers each is put to. */

const TEXT_COLUMNS = { en: 'textEn', es: 'textEs', fr: 'textFr', pt: 'textPt' } as const;

/** The session's questions in their order, with their text in `language` ('' when none). */
export async function questionTextsIn(
  db: Store,
  sessionId: string,
  language: Language,
): Promise<{ id: string; text: string }[]> {
  const column = TEXT_COLUMNS[language];
  const rows = await db
    .selectFrom('guidingQuestions')
    .select(['id', column])
    .where('sessionId', '=', sessionId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ id: row.id, text: (row as Record<string, string>)[column] ?? '' }));
}

export async function setQuestionText(
  db: Store,
  id: string,
  language: Language,
  text: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('guidingQuestions')
    .set({ [TEXT_COLUMNS[language]]: text, updatedAt })
    .where('id', '=', id)
    .execute();
}

/** The session a question belongs to; undefined when there is no such question. */
export async function sessionOfQuestion(db: Store, questionId: string): Promise<string | undefined> {
  const question = await db
    .selectFrom('guidingQuestions')
    .select('sessionId')
    .where('id', '=', questionId)
    .executeTakeFirst();
  return question?.sessionId;
}

export async function questionIdsOf(db: Store, sessionId: string): Promise<string[]> {
  const rows = await db.selectFrom('guidingQuestions').select('id').where('sessionId', '=', sessionId).execute();
  return rows.map((row) => row.id);
}

/** How many of the speakers are on a list of the session. */
export async function countSpeakersOfSession(db: Store, speakerIds: string[], sessionId: string): Promise<number> {
  if (speakerIds.length === 0) return 0;
  const rows = await db
    .selectFrom('speakers')
    .innerJoin('agendaItems', 'agendaItems.id', 'speakers.agendaItemId')
    .select('speakers.id')
    .where('speakers.id', 'in', speakerIds)
    .where('agendaItems.sessionId', '=', sessionId)
    .execute();
  return rows.length;
}

/** The question is put to exactly these speakers from now on. */
export async function replaceAssignments(db: Store, questionId: string, speakerIds: string[]): Promise<void> {
  await db.deleteFrom('guidingQuestionAssignments').where('questionId', '=', questionId).execute();
  if (speakerIds.length > 0) {
    await db
      .insertInto('guidingQuestionAssignments')
      .values(speakerIds.map((speakerId) => ({ questionId, speakerId })))
      .execute();
  }
}

/** Who each question is put to, in the order of the lists of speakers. */
export async function assignmentsOf(db: Store, questionIds: string[]) {
  if (questionIds.length === 0) return [];
  return db
    .selectFrom('guidingQuestionAssignments')
    .innerJoin('speakers', 'speakers.id', 'guidingQuestionAssignments.speakerId')
    .select(['guidingQuestionAssignments.questionId', 'guidingQuestionAssignments.speakerId'])
    .where('guidingQuestionAssignments.questionId', 'in', questionIds)
    .orderBy('speakers.position')
    .execute();
}

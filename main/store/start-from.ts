import { LANGUAGES } from '../../shared/domain/languages';
import { localizedColumns, localizedFromColumns } from './columns';
import type { Store } from './open-database';

/** The roles that make up a panel: kept as slots (mechanism, minutes) for next year's people. */
const PANEL_ROLES = ['moderator', 'keynote', 'panelist'];
/** Documents made from the session's data: next year's session keeps them in its list, without a symbol. */
const DATA_MADE_KINDS = [
  'order_of_business',
  'annotated_agenda',
  'list_of_speakers',
  'chairs_script',
  'session_report',
  'good_practices',
];

const newId = () => crypto.randomUUID();

/** "… 2023" becomes "… 2024" in a title: the session's own year, written as a word of its own. */
export const retitle = (title: string, fromYear: string, toYear: string): string =>
  fromYear === toYear ? title : title.replace(new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, 'g'), toYear);

export interface StartFromPlan {
  sourceId: string;
  date: string;
  /** When the copy is made (an ISO instant), for its records' timestamps. */
  now: string;
  /** The wall clock when the copy is made, as the panel slots' request time. */
  wallNow: string;
}

/**
 * A new draft session from an earlier one: same body, meeting facts, agenda (titles, kinds,
 * durations, annotations), guiding questions, the panel's roles and mechanisms without their people,
 * and the concept paper's original text as a new draft without a symbol. People, requests for the
 * floor, the record, symbols, translations and sendings stay with the earlier session, which is only
 * read. Returns the new session's id, or null when there is no such session.
 */
export async function copySessionForNextYear(db: Store, plan: StartFromPlan): Promise<string | null> {
  const source = await db.selectFrom('sessions').selectAll().where('id', '=', plan.sourceId).executeTakeFirst();
  if (!source) return null;
  const stamps = { createdAt: plan.now, updatedAt: plan.now };
  const sessionId = newId();
  const fromYear = source.date.slice(0, 4);
  const toYear = plan.date.slice(0, 4);
  const title = localizedFromColumns('title', source);
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      bodyId: source.bodyId,
      ...localizedColumns(
        'title',
        Object.fromEntries(LANGUAGES.map((l) => [l, retitle(title[l], fromYear, toYear)])) as typeof title,
      ),
      date: plan.date,
      startTime: source.startTime,
      endTime: source.endTime,
      room: source.room,
      modality: source.modality,
      originalLanguage: source.originalLanguage,
      status: 'draft',
      ...stamps,
    })
    .execute();

  const speakerIds = await copyAgenda(db, plan, sessionId, stamps);
  await copyQuestions(db, plan.sourceId, sessionId, speakerIds, stamps);
  await copyDocuments(db, plan.sourceId, sessionId, stamps);
  return sessionId;
}

type Stamps = { createdAt: string; updatedAt: string };

/** Copies the items and their panel slots; answers which new slot stands for which old speaker. */
async function copyAgenda(db: Store, plan: StartFromPlan, sessionId: string, stamps: Stamps) {
  const items = await db
    .selectFrom('agendaItems')
    .selectAll()
    .where('sessionId', '=', plan.sourceId)
    .orderBy('position')
    .execute();
  const speakerIds = new Map<string, string>();
  for (const item of items) {
    const itemId = newId();
    await db
      .insertInto('agendaItems')
      .values({
        id: itemId,
        sessionId,
        position: item.position,
        kind: item.kind,
        durationMinutes: item.durationMinutes,
        // the symbols name last year's documents
        documentSymbols: '[]',
        speakerOrder: item.speakerOrder,
        ...localizedColumns('title', localizedFromColumns('title', item)),
        ...localizedColumns('annotation', localizedFromColumns('annotation', item)),
        ...stamps,
      })
      .execute();
    const panel = await db
      .selectFrom('speakers')
      .leftJoin('people', 'people.id', 'speakers.personId')
      .select([
        'speakers.id',
        'speakers.role',
        'speakers.allottedMinutes',
        'speakers.organizationId',
        'people.organizationId as personOrganizationId',
      ])
      .where('speakers.agendaItemId', '=', item.id)
      .where('speakers.role', 'in', PANEL_ROLES)
      .orderBy('speakers.position')
      .execute();
    let position = 0;
    for (const slot of panel) {
      const organizationId = slot.organizationId ?? slot.personOrganizationId;
      if (!organizationId) continue; // a slot with neither a person nor a mechanism says nothing
      const id = newId();
      speakerIds.set(slot.id, id);
      await db
        .insertInto('speakers')
        .values({
          id,
          agendaItemId: itemId,
          personId: null,
          organizationId,
          role: slot.role,
          position: position++,
          allottedMinutes: slot.allottedMinutes,
          // nobody is invited yet: the slot waits for its person
          status: 'requested',
          requestedAt: plan.wallNow,
          ...stamps,
        })
        .execute();
    }
  }
  return speakerIds;
}

async function copyQuestions(
  db: Store,
  sourceId: string,
  sessionId: string,
  speakerIds: ReadonlyMap<string, string>,
  stamps: Stamps,
) {
  const questions = await db
    .selectFrom('guidingQuestions')
    .selectAll()
    .where('sessionId', '=', sourceId)
    .orderBy('position')
    .execute();
  for (const question of questions) {
    const questionId = newId();
    await db
      .insertInto('guidingQuestions')
      .values({
        id: questionId,
        sessionId,
        position: question.position,
        ...localizedColumns('text', localizedFromColumns('text', question)),
        ...stamps,
      })
      .execute();
    const assigned = await db
      .selectFrom('guidingQuestionAssignments')
      .select('speakerId')
      .where('questionId', '=', question.id)
      .execute();
    const kept = assigned.flatMap((a) => {
      const speakerId = speakerIds.get(a.speakerId);
      return speakerId ? [{ questionId, speakerId }] : [];
    });
    if (kept.length > 0) await db.insertInto('guidingQuestionAssignments').values(kept).execute();
  }
}

/** The latest full text of the concept paper (the original or its last "rev."), and the data-made documents. */
async function copyDocuments(db: Store, sourceId: string, sessionId: string, stamps: Stamps) {
  const documents = await db.selectFrom('documents').selectAll().where('sessionId', '=', sourceId).execute();
  const papers = documents
    .filter((d) => d.kind === 'concept_paper' && (d.revisionKind === null || d.revisionKind === 'rev'))
    .sort((a, b) => (a.revisionNumber ?? 0) - (b.revisionNumber ?? 0));
  const paper = papers.at(-1);
  const kept = [...(paper ? [paper] : []), ...documents.filter((d) => DATA_MADE_KINDS.includes(d.kind))];
  for (const doc of kept) {
    const documentId = newId();
    await db
      .insertInto('documents')
      .values({
        id: documentId,
        sessionId,
        kind: doc.kind,
        symbol: null,
        revisionKind: null,
        revisionNumber: null,
        originalLanguage: doc.originalLanguage,
        ...stamps,
      })
      .execute();
    if (doc !== paper) continue;
    const original = await db
      .selectFrom('documentVersions')
      .select('content')
      .where('documentId', '=', doc.id)
      .where('language', '=', doc.originalLanguage)
      .executeTakeFirst();
    if (!original) continue;
    await db
      .insertInto('documentVersions')
      .values({
        id: newId(),
        documentId,
        language: doc.originalLanguage,
        status: 'original',
        content: original.content,
        controlNumber: '',
        ...stamps,
      })
      .execute();
  }
}

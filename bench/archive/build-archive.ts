import crypto from 'node:crypto';
import { LANGUAGES, type Language } from '../../shared/domain/languages';
import type { StoredContent } from '../../shared/content/schema';
import { REFERENCE_BODY, REFERENCE_ORGANIZATIONS } from '../../shared/registry/reference-organizations';
import type { Store } from '../../main/store/open-database';
import { FIRST_NAMES, LAST_NAMES } from './vocabulary';
import type { TextGenerator } from './text-generator';

/*
 * A 20-year archive of the Committee: 10 sessions a year, each with 10 agenda items (titles and
 * annotations in four languages), 25 speakers per item (50,000 in all), 5 guiding questions and 5
 * documents in four language versions (4,000 versions of about 2,000 words with footnotes). Written
 * through the store, a year per transaction, in rows of 100: the index's triggers run as in the app.
 */

export const ARCHIVE = {
  firstYear: 2006,
  years: 20,
  sessionsPerYear: 10,
  itemsPerSession: 10,
  speakersPerItem: 25,
  questionsPerSession: 5,
  documentsPerSession: 5,
  paragraphsPerVersion: 24,
  people: 5000,
} as const;

const stamp = '2026-01-01T00:00:00.000Z';
const stamps = { createdAt: stamp, updatedAt: stamp };
const localized = (prefix: string, text: (lang: Language) => string) =>
  Object.fromEntries(LANGUAGES.map((l) => [`${prefix}${l.charAt(0).toUpperCase()}${l.slice(1)}`, text(l)]));

const textNode = (text: string) => ({ type: 'text' as const, text });

/** A resolution symbol a footnote cites; a phrase the bench searches for. */
export const resolutionOf = (n: number) => `AG/RES. ${2000 + (n % 1000)}`;

function annotation(gen: TextGenerator, lang: Language): string {
  return JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [textNode(gen.paragraph(lang, 4))] }] });
}

function version(gen: TextGenerator, lang: Language, title: string): StoredContent {
  const content = [];
  for (let p = 0; p < ARCHIVE.paragraphsPerVersion; p++) {
    const inlines: object[] = [textNode(gen.paragraph(lang))];
    if (gen.chance(0.4)) {
      const note = `${gen.sentence(lang, 6)} ${resolutionOf(Math.floor(gen.chance(0.5) ? p * 37 : p * 91))} (XLVIII-O/18).`;
      inlines.push({ type: 'footnote', content: [{ type: 'paragraph', content: [textNode(note)] }] });
    }
    content.push(
      p % 8 === 0 ? { type: 'heading', attrs: { level: 2 }, content: [textNode(gen.sentence(lang, 5))] } : null,
    );
    content.push({ type: 'paragraph', content: inlines });
  }
  return {
    schemaVersion: 1,
    titleBlock: { title, subtitle: '', date: '', authorship: '' },
    body: { type: 'doc', content: content.filter((c) => c !== null) } as StoredContent['body'],
  };
}

async function insertRows(db: Store, table: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto(table as never)
      .values(rows.slice(i, i + 100) as never)
      .execute();
  }
}

const memberStates = REFERENCE_ORGANIZATIONS.filter((o) => o.kind === 'member_state');

async function insertPeople(db: Store, gen: TextGenerator): Promise<string[]> {
  const people = Array.from({ length: ARCHIVE.people }, (_, n) => ({
    id: crypto.randomUUID(),
    name: `${gen.pick(FIRST_NAMES)} ${gen.pick(LAST_NAMES)} ${gen.pick(LAST_NAMES)}`,
    honorific: '',
    position: '',
    organizationId: n % 2 === 0 ? gen.pick(memberStates).id : null,
    email: '',
    ...stamps,
  }));
  await db.transaction().execute((trx) => insertRows(trx, 'people', people));
  return people.map((p) => p.id);
}

async function insertSession(db: Store, gen: TextGenerator, year: number, n: number, people: string[]): Promise<void> {
  const sessionId = crypto.randomUUID();
  const date = `${year}-${String(1 + n).padStart(2, '0')}-${String(10 + n).padStart(2, '0')}`;
  await insertRows(db, 'sessions', [
    {
      id: sessionId,
      bodyId: REFERENCE_BODY.id,
      date,
      startTime: '10:00',
      endTime: '13:00',
      room: '',
      modality: 'hybrid',
      originalLanguage: 'es',
      status: 'held',
      ...localized('title', (l) => gen.sentence(l, 7)),
      ...stamps,
    },
  ]);
  const items = Array.from({ length: ARCHIVE.itemsPerSession }, (_, position) => ({
    id: crypto.randomUUID(),
    sessionId,
    position,
    kind: 'panel',
    durationMinutes: 15,
    documentSymbols: '[]',
    speakerOrder: 'by_rule',
    ...localized('title', (l) => gen.sentence(l, 6)),
    ...localized('annotation', (l) => annotation(gen, l)),
    ...stamps,
  }));
  await insertRows(db, 'agenda_items', items);
  const speakers = items.flatMap((item) =>
    Array.from({ length: ARCHIVE.speakersPerItem }, (_, position) => {
      const delegation = gen.chance(0.6);
      return {
        id: crypto.randomUUID(),
        agendaItemId: item.id,
        personId: delegation && gen.chance(0.5) ? null : gen.pick(people),
        organizationId: delegation ? gen.pick(memberStates).id : null,
        role: delegation ? 'delegation' : 'panelist',
        position,
        allottedMinutes: 5,
        status: 'spoke',
        requestedAt: `${date}T09:00:00`,
        ...stamps,
      };
    }),
  );
  await insertRows(db, 'speakers', speakers);
  await insertRows(
    db,
    'guiding_questions',
    Array.from({ length: ARCHIVE.questionsPerSession }, (_, position) => ({
      id: crypto.randomUUID(),
      sessionId,
      position,
      ...localized('text', (l) => `${gen.sentence(l, 12).slice(0, -1)}?`),
      ...stamps,
    })),
  );
  for (let d = 0; d < ARCHIVE.documentsPerSession; d++) {
    const documentId = crypto.randomUUID();
    const symbol = `CP/CAM-${year - 2000}${n}${d}/${String(year).slice(2)}`;
    await insertRows(db, 'documents', [
      {
        id: documentId,
        sessionId,
        kind: 'concept_paper',
        symbol,
        revisionKind: null,
        revisionNumber: null,
        originalLanguage: 'es',
        ...stamps,
      },
    ]);
    for (const language of LANGUAGES) {
      await insertRows(db, 'document_versions', [
        {
          id: crypto.randomUUID(),
          documentId,
          language,
          status: 'final',
          content: JSON.stringify(version(gen, language, gen.sentence(language, 6))),
          controlNumber: '',
          ...stamps,
        },
      ]);
    }
  }
}

/** Writes the whole archive, a year per transaction. */
export async function buildArchive(db: Store, gen: TextGenerator): Promise<void> {
  const people = await insertPeople(db, gen);
  for (let y = 0; y < ARCHIVE.years; y++) {
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < ARCHIVE.sessionsPerYear; n++) await insertSession(trx, gen, ARCHIVE.firstYear + y, n, people);
    });
  }
}

import type { InputOf, OutputOf, SessionOverview } from '../../../shared/api/contract';
import { fail } from '../../../shared/api/errors';
import type { InspectResult } from '../../../shared/api/translation-procedures';
import type { SessionTextsStatus } from '../../../shared/api/session-text-procedures';
import {
  emptyLocalizedRichText,
  emptyRichText,
  isEmptyRichText,
  type LocalizedRichText,
  type RichText,
} from '../../../shared/content/rich-text';
import { GoodPracticeFieldsSchema, type GoodPractice } from '../../../shared/domain/good-practice';
import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import type { AlignmentReport } from '../../../shared/translation/align';
import {
  compareSessionTexts,
  SentSessionTextsSchema,
  sessionTexts,
  sessionTextWords,
  type ReceivedText,
  type SessionText,
  type TextPlace,
} from '../../../shared/translation/session-texts';
import { updateEntity } from '../../store/entities';
import {
  findPractice,
  listItemSummaries,
  listPractices,
  saveItemSummary,
  updatePractice,
} from '../../store/good-practices';
import type { Store } from '../../store/open-database';
import { readSessionOverview, sessionExists } from '../../store/sessions';
import {
  insertSessionTextSending,
  latestSessionTextSending as latestSending,
  type SessionTextSending,
} from '../../store/translation-sendings';
import { checkConsent, importSummary, inspectResult, markReceived, now, targetLanguage } from '../receiving';
import type { WithFile } from '../../services/file-inputs';
import type { ReadSessionTexts } from './read-texts';
import { sessionTextsDocx, sessionTextsFileName } from './texts-docx';

/*
 * The session's texts through translation (shared/api/session-text-procedures.ts). Sessions, agenda
 * items and guiding questions are written by the store's entity functions (the same checks as the
 * windows' edits), sendings by its translation-sendings functions; the API runs each mutation in one
 * transaction, so a refused or failed receive leaves nothing.
 */

/** The session's overview with what is written after it: the items' summaries and the good practices. */
type SessionSources = SessionOverview & {
  summaries: Map<string, LocalizedRichText>;
  goodPractices: GoodPractice[];
};

async function loadSession(db: Store, sessionId: string): Promise<SessionSources> {
  if (!(await sessionExists(db, sessionId)))
    return fail('not_found', [{ path: 'sessionId', message: 'no such record' }]);
  const overview = await readSessionOverview(db, sessionId);
  return {
    ...overview,
    summaries: new Map((await listItemSummaries(db, sessionId)).map((s) => [s.itemId, s.summary])),
    goodPractices: await listPractices(db, sessionId),
  };
}

const notTheOriginal = (overview: SessionSources, language: Language, path?: string) =>
  targetLanguage(overview.session.originalLanguage, language, "the session's original", path);

const sentTexts = (sending: SessionTextSending): SessionText[] =>
  SentSessionTextsSchema.parse(JSON.parse(sending.texts)).texts;

/** The texts in a comparable form: what the schema keeps, in its order. */
const canonical = (texts: readonly SessionText[]) => JSON.stringify(SentSessionTextsSchema.parse({ texts }));

/** Whether the record a text came from holds text in `language` now ('' and an empty rich text do not count). */
function writtenIn(overview: SessionSources, place: TextPlace, language: Language): boolean {
  if (place.record === 'session') return overview.session.title[language].trim() !== '';
  if (place.record === 'goodPractice') {
    const practice = overview.goodPractices.find((p) => p.id === place.id);
    if (!practice) return false;
    return place.field === 'title' ? practice.title[language].trim() !== '' : !isEmptyRichText(practice.text[language]);
  }
  if (place.field === 'summary') {
    const summary = overview.summaries.get(place.id);
    return summary !== undefined && !isEmptyRichText(summary[language]);
  }
  if (place.record === 'guidingQuestion') {
    return (overview.guidingQuestions.find((q) => q.id === place.id)?.text[language] ?? '').trim() !== '';
  }
  const item = overview.agendaItems.find((i) => i.id === place.id);
  if (!item) return false;
  return place.field === 'title' ? item.title[language].trim() !== '' : !isEmptyRichText(item.annotation[language]);
}

/** Per language: original, not started, sent or received, with the latest sending. */
export async function sessionTextsStatus(db: Store, sessionId: string): Promise<SessionTextsStatus> {
  const overview = await loadSession(db, sessionId);
  const original = overview.session.originalLanguage;
  const current = sessionTexts(overview, original);
  const languages: SessionTextsStatus['languages'] = [];
  for (const language of LANGUAGES) {
    const sending = language === original ? undefined : await latestSending(db, sessionId, language);
    languages.push({
      language,
      isOriginal: language === original,
      status: language === original ? 'original' : !sending ? 'not_started' : sending.receivedAt ? 'received' : 'sent',
      written: current.filter((t) => writtenIn(overview, t.place, language)).length,
      sent: sending
        ? {
            sentAt: sending.sentAt,
            translator: sending.translator,
            dueDate: sending.dueDate,
            texts: sending.textCount,
            words: sending.wordCount,
            receivedAt: sending.receivedAt,
            originalChangedSince: canonical(sentTexts(sending)) !== canonical(current),
          }
        : null,
    });
  }
  return { sessionId, originalLanguage: original, texts: current.length, words: sessionTextWords(current), languages };
}

/** Sends the session's texts in its original language to translation into `languages`: one file each. */
export async function sendSessionTexts(
  db: Store,
  input: InputOf<'translation.sessionTexts.send'>,
): Promise<OutputOf<'translation.sessionTexts.send'>> {
  const overview = await loadSession(db, input.sessionId);
  input.languages.forEach((l, i) => notTheOriginal(overview, l, `languages.${i}`));
  const original = overview.session.originalLanguage;
  const texts = sessionTexts(overview, original);
  if (texts.length === 0) {
    fail('not_found', [{ path: 'sessionId', message: `the session has no texts in ${original} yet` }]);
  }
  const stamp = now();
  const files: OutputOf<'translation.sessionTexts.send'>['files'] = [];
  for (const language of input.languages) {
    const bytes = await sessionTextsDocx({ texts, lang: original, target: language });
    const fileName = sessionTextsFileName(overview.session.date, original, language);
    await insertSessionTextSending(db, {
      id: crypto.randomUUID(),
      sessionId: overview.session.id,
      language,
      originalLanguage: original,
      translator: input.translator,
      dueDate: input.dueDate ?? '',
      texts: canonical(texts),
      textCount: texts.length,
      wordCount: sessionTextWords(texts),
      fileName,
      sentAt: stamp,
      receivedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    files.push({ language, file: { fileName, bytes } });
  }
  return { files, status: await sessionTextsStatus(db, overview.session.id) };
}

interface Inspection {
  overview: SessionSources;
  sending: SessionTextSending | undefined;
  reference: SessionText[];
  read: ReadSessionTexts;
  report: AlignmentReport;
  result: InspectResult;
}

async function inspectTexts(
  db: Store,
  sessionId: string,
  language: Language,
  read: ReadSessionTexts,
): Promise<Inspection> {
  const overview = await loadSession(db, sessionId);
  notTheOriginal(overview, language);
  const sending = await latestSending(db, sessionId, language);
  // what the translator had; a file for a language never sent is compared with the texts as they are
  const reference = sending ? sentTexts(sending) : sessionTexts(overview, overview.session.originalLanguage);
  const report = compareSessionTexts(reference, read.texts);
  const existing = reference.filter((t) => writtenIn(overview, t.place, language));
  return {
    overview,
    sending,
    reference,
    read,
    report,
    result: inspectResult(
      report,
      sending,
      importSummary(read, report.imported.words, ''),
      sessionTextWords(existing.map((t) => currentText(overview, t, language))),
      existing.length > 0,
    ),
  };
}

/** The text a record holds in `language` now, as a received text (to count its words). */
function currentText(overview: SessionSources, text: SessionText, language: Language): ReceivedText {
  const { place } = text;
  if (place.record === 'session') return { key: text.key, text: overview.session.title[language] };
  if (place.record === 'goodPractice') {
    const practice = overview.goodPractices.find((p) => p.id === place.id)!;
    return place.field === 'title'
      ? { key: text.key, text: practice.title[language] }
      : { key: text.key, doc: practice.text[language] };
  }
  if (place.field === 'summary') {
    return { key: text.key, doc: overview.summaries.get(place.id)?.[language] ?? emptyRichText() };
  }
  if (place.record === 'guidingQuestion') {
    return { key: text.key, text: overview.guidingQuestions.find((q) => q.id === place.id)?.text[language] ?? '' };
  }
  const item = overview.agendaItems.find((i) => i.id === place.id)!;
  return place.field === 'title'
    ? { key: text.key, text: item.title[language] }
    : { key: text.key, doc: item.annotation[language] };
}

export async function inspectSessionTexts(
  db: Store,
  input: WithFile<InputOf<'translation.sessionTexts.inspect'>, ReadSessionTexts>,
): Promise<InspectResult> {
  return (await inspectTexts(db, input.sessionId, input.language, input.file)).result;
}

type ReceiveInput = WithFile<InputOf<'translation.sessionTexts.receive'>, ReadSessionTexts> & {
  acceptMismatches: boolean;
  replaceExisting: boolean;
};

/** Writes the file's texts in `language` when it matches what was sent or the user accepted how it does not. */
export async function receiveSessionTexts(
  db: Store,
  input: ReceiveInput,
): Promise<OutputOf<'translation.sessionTexts.receive'>> {
  const { overview, sending, reference, read, report, result } = await inspectTexts(
    db,
    input.sessionId,
    input.language,
    input.file,
  );
  checkConsent(
    result,
    input,
    `the session already holds ${input.language} texts (${result.existingWords} words); say to replace them`,
  );
  const byKey = new Map(read.texts.map((t) => [t.key, t]));
  let applied = 0;
  let gone = 0;
  for (const original of reference) {
    const text = byKey.get(original.key);
    if (!text || ('doc' in text ? isEmptyRichText(text.doc) : text.text === '')) continue;
    if (await writeText(db, overview, original.place, input.language, text)) applied += 1;
    else gone += 1;
  }
  await markReceived(db, 'sessionTextSendings', sending);
  const imported = result.imported;
  if (gone) {
    imported.warnings.push({
      code: 'texts_gone',
      count: gone,
      message: `${gone} text(s) belong to agenda items or questions deleted since the sending; they were left out`,
    });
  }
  return { report, imported, applied, status: await sessionTextsStatus(db, overview.session.id) };
}

/** Writes one text into its record's `language`; false when the record is gone. */
async function writeText(
  db: Store,
  overview: SessionSources,
  place: TextPlace,
  language: Language,
  text: ReceivedText,
): Promise<boolean> {
  const value = 'doc' in text ? text.doc : text.text;
  if (place.record === 'goodPractice') {
    const practice = overview.goodPractices.find((p) => p.id === place.id);
    if (!practice || !(await findPractice(db, practice.id))) return false;
    if (place.field === 'title') practice.title = { ...practice.title, [language]: value as string };
    else practice.text = { ...practice.text, [language]: value as RichText };
    await updatePractice(db, practice.id, GoodPracticeFieldsSchema.parse(practice), now());
    return true;
  }
  if (place.field === 'summary') {
    if (!overview.agendaItems.some((i) => i.id === place.id)) return false;
    const summary = {
      ...(overview.summaries.get(place.id) ?? emptyLocalizedRichText()),
      [language]: value as RichText,
    };
    overview.summaries.set(place.id, summary);
    await saveItemSummary(db, { itemId: place.id, summary }, now());
    return true;
  }
  if (place.record === 'session') {
    const title = { ...overview.session.title, [language]: value };
    await updateEntity(db, 'sessions', place.id, { title });
    overview.session.title = title;
    return true;
  }
  if (place.record === 'guidingQuestion') {
    const question = overview.guidingQuestions.find((q) => q.id === place.id);
    if (!question) return false;
    question.text = { ...question.text, [language]: value as string };
    await updateEntity(db, 'guidingQuestions', place.id, { text: question.text });
    return true;
  }
  const item = overview.agendaItems.find((i) => i.id === place.id);
  if (!item) return false;
  if (place.field === 'title') {
    item.title = { ...item.title, [language]: value as string };
    await updateEntity(db, 'agendaItems', place.id, { title: item.title });
  } else {
    item.annotation = { ...item.annotation, [language]: value as RichText };
    await updateEntity(db, 'agendaItems', place.id, { annotation: item.annotation });
  }
  return true;
}

import { z } from 'zod';
import { footnoteNumbers, footnoteText, plainText } from '../content/helpers';
import { isEmptyRichText, RichTextSchema, type LocalizedRichText, type RichText } from '../content/rich-text';
import type { GoodPractice } from '../domain/good-practice';
import { IdSchema } from '../domain/common';
import type { AgendaItem } from '../domain/agenda-item';
import type { GuidingQuestion } from '../domain/guiding-question';
import type { Language } from '../domain/languages';
import type { Session } from '../domain/session';
import type { AlignmentIssue, AlignmentReport } from './align';
import { countWords } from './words';

/*
 * The session's texts that the agenda-made documents are built from (the session title, each
 * item's title and annotation, the guiding questions), as one list for a translator. Each text has
 * a key the translator's file carries beside it ("session.title", "item-3.title",
 * "item-3.annotation", "question-2"); the sending keeps, per key, the record the text came from, so
 * a file maps back to the records it was made from even when the agenda was reordered since. The
 * room is one string for every language (a name, not a text) and the convening line is made from
 * the document's boilerplate: neither goes to the translator. After the session, the items'
 * summaries ("item-3.summary") and the good practices ("practice-2.title", "practice-2.text") go too.
 */

const PlaceSchema = z.object({
  record: z.enum(['session', 'agendaItem', 'guidingQuestion', 'goodPractice']),
  id: IdSchema,
  // an item's summary is the session report's (issue 18); a practice has a title and a text
  field: z.enum(['title', 'annotation', 'text', 'summary']),
});
export type TextPlace = z.infer<typeof PlaceSchema>;

const KEY =
  /^(session\.title|item-[1-9]\d{0,3}\.(title|annotation|summary)|question-[1-9]\d{0,3}|practice-[1-9]\d{0,3}\.(title|text))$/;

export const SessionTextSchema = z.union([
  z.object({ key: z.string().regex(KEY), place: PlaceSchema, text: z.string() }),
  z.object({ key: z.string().regex(KEY), place: PlaceSchema, doc: RichTextSchema }),
]);
export type SessionText = z.infer<typeof SessionTextSchema>;

/** What a sending stores: the texts as the translator got them. */
export const SentSessionTextsSchema = z.object({ texts: z.array(SessionTextSchema) });

/** A text read back from a translator's file, by its key. */
export type ReceivedText = { key: string; text: string } | { key: string; doc: RichText };

/** Whether a key names a rich text (an annotation, a summary, a practice's text) rather than one paragraph. */
export const isRichKey = (key: string): boolean => /\.(annotation|summary|text)$/.test(key);

/**
 * The key in a file's key cell: the first key-shaped stretch of it, so a key a translation tool
 * marked or copied with a stray word ("[FR] item-3.title") still maps back; else the cell's text.
 */
export function keyInCell(cellText: string): string {
  const text = cellText.replace(/\s+/g, '');
  return new RegExp(KEY.source.slice(1, -1)).exec(text)?.[0] ?? text;
}

export interface SessionTextSources {
  session: Session;
  agendaItems: readonly AgendaItem[];
  guidingQuestions: readonly GuidingQuestion[];
  /** After the session: the items' summaries for the report, by item id. */
  summaries?: ReadonlyMap<string, LocalizedRichText>;
  /** After the session: the good practices, in the order they were shared. */
  goodPractices?: readonly GoodPractice[];
}

/** The session's texts that have something to translate in `lang`, in the order the documents print them. */
export function sessionTexts(sources: SessionTextSources, lang: Language): SessionText[] {
  const out: SessionText[] = [];
  const plain = (key: string, place: TextPlace, text: string) => {
    if (text.trim()) out.push({ key, place, text });
  };
  plain('session.title', { record: 'session', id: sources.session.id, field: 'title' }, sources.session.title[lang]);
  const rich = (key: string, place: TextPlace, doc: RichText | undefined) => {
    if (doc && !isEmptyRichText(doc)) out.push({ key, place, doc });
  };
  [...sources.agendaItems]
    .sort((a, b) => a.position - b.position)
    .forEach((item, index) => {
      const n = index + 1;
      plain(`item-${n}.title`, { record: 'agendaItem', id: item.id, field: 'title' }, item.title[lang]);
      rich(`item-${n}.annotation`, { record: 'agendaItem', id: item.id, field: 'annotation' }, item.annotation[lang]);
      rich(
        `item-${n}.summary`,
        { record: 'agendaItem', id: item.id, field: 'summary' },
        sources.summaries?.get(item.id)?.[lang],
      );
    });
  [...sources.guidingQuestions]
    .sort((a, b) => a.position - b.position)
    .forEach((question, index) =>
      plain(
        `question-${index + 1}`,
        { record: 'guidingQuestion', id: question.id, field: 'text' },
        question.text[lang],
      ),
    );
  (sources.goodPractices ?? []).forEach((practice, index) => {
    const id = practice.id;
    plain(`practice-${index + 1}.title`, { record: 'goodPractice', id, field: 'title' }, practice.title[lang]);
    rich(`practice-${index + 1}.text`, { record: 'goodPractice', id, field: 'text' }, practice.text[lang]);
  });
  return out;
}

const textOf = (t: SessionText | ReceivedText) => ('doc' in t ? plainText(t.doc) : t.text);
const footnotesOf = (t: SessionText | ReceivedText) => ('doc' in t ? footnoteNumbers(t.doc).length : 0);
const isEmpty = (t: SessionText | ReceivedText) => ('doc' in t ? isEmptyRichText(t.doc) : t.text.trim() === '');

/** Words of the texts, as a translator counts them (footnotes included). */
export const sessionTextWords = (texts: readonly (SessionText | ReceivedText)[]): number =>
  texts.reduce((sum, t) => sum + countWords(textOf(t)) + ('doc' in t ? footnoteWords(t.doc) : 0), 0);

const footnoteWords = (doc: RichText) =>
  footnoteNumbers(doc).reduce((sum, f) => sum + countWords(footnoteText(f.node.content)), 0);

const counts = (texts: readonly (SessionText | ReceivedText)[]) => ({
  paragraphs: texts.length,
  footnotes: texts.reduce((sum, t) => sum + footnotesOf(t), 0),
  words: sessionTextWords(texts),
});

/**
 * Compares a translator's file with the texts that were sent: the same keys, once each, none
 * empty, the same footnotes per annotation. The report has the documents' shape ("paragraphs"
 * counts texts), so the same screens and the same decision serve both.
 */
export function compareSessionTexts(sent: readonly SessionText[], received: readonly ReceivedText[]): AlignmentReport {
  const issues: AlignmentIssue[] = [];
  const byKey = new Map<string, ReceivedText>();
  for (const text of received) {
    if (byKey.has(text.key)) {
      issues.push({ code: 'text_twice', key: text.key, message: `${text.key} is in the file twice` });
    } else byKey.set(text.key, text);
  }
  const sentKeys = new Set(sent.map((t) => t.key));
  for (const original of sent) {
    const text = byKey.get(original.key);
    if (!text) {
      issues.push({ code: 'text_missing', key: original.key, message: `${original.key} is missing from the file` });
      continue;
    }
    if (isEmpty(text)) {
      issues.push({ code: 'text_empty', key: original.key, message: `${original.key} is empty in the file` });
      continue;
    }
    const expected = footnotesOf(original);
    const found = footnotesOf(text);
    if (expected !== found) {
      issues.push({
        code: 'text_footnotes',
        key: original.key,
        expected: String(expected),
        found: String(found),
        message: `${original.key} has ${expected} footnote(s) in the original and ${found} in the file`,
      });
    }
  }
  for (const key of byKey.keys()) {
    if (!sentKeys.has(key)) {
      issues.push({ code: 'text_extra', key, message: `${key} is in the file but was not sent` });
    }
  }
  return { matches: issues.length === 0, original: counts(sent), imported: counts(received), issues, pairs: [] };
}

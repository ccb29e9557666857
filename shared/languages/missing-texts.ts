import { z } from 'zod';
import type { SessionOverview } from '../api/contract';
import { SESSION_EXPORT_KINDS, type SessionExportKind } from '../api/document-procedures';
import { isEmptyRichText } from '../content/rich-text';
import { hasWords } from '../content/helpers';
import type { BlockNode, StoredContent } from '../content/schema';
import { IdSchema } from '../domain/common';
import type { AgendaItem } from '../domain/agenda-item';
import { DocumentKindSchema, type DocumentKind } from '../domain/document';
import { LANGUAGES, type Language } from '../domain/languages';
import { resources } from '../i18n/resources';

/*
 * Which texts an export in one language would print in another language (or leave out) because
 * they are not written in it yet. Exports fall back to another language's text so that a document
 * always comes out; this report is what keeps that from happening silently.
 */

/** Where a missing text is, so a screen can link to it and the CLI can name it. */
export const MissingPlaceSchema = z.discriminatedUnion('type', [
  /** The committee's name or its parent body's, printed in the header block. */
  z.object({ type: z.literal('body_name'), bodyId: IdSchema, field: z.enum(['name', 'parentName']) }),
  z.object({ type: z.literal('session_title') }),
  /** `item`: the item's number as printed (1-based). */
  z.object({ type: z.literal('item_title'), item: z.int().min(1), itemId: IdSchema }),
  z.object({ type: z.literal('item_annotation'), item: z.int().min(1), itemId: IdSchema }),
  /** An organization a speaker speaks for; `name`: its name in a language that has one, to recognize it. */
  z.object({ type: z.literal('organization_name'), organizationId: IdSchema, name: z.string() }),
  /** `question`: its number as printed (1-based). */
  z.object({ type: z.literal('guiding_question'), question: z.int().min(1), questionId: IdSchema }),
  /** A stored document (concept paper, report, note) with no version, or an empty one, in the language. */
  z.object({ type: z.literal('document_text'), documentId: IdSchema, documentKind: DocumentKindSchema }),
]);
export type MissingPlace = z.infer<typeof MissingPlaceSchema>;

/** One missing text and the exports that print it: the session's three, or a stored document by id. */
export const MissingTextSchema = z.object({
  place: MissingPlaceSchema,
  exports: z.array(z.object({ kind: DocumentKindSchema, documentId: IdSchema.nullable() })),
});
export type MissingText = z.infer<typeof MissingTextSchema>;

/** A stored document's versions as far as this report needs them: the content per language that has a version. */
export interface StoredVersions {
  documentId: string;
  kind: DocumentKind;
  originalLanguage: Language;
  /** Languages with a version row, and its content (null: not written yet). */
  contents: Partial<Record<Language, StoredContent | null>>;
}

type Texts = Record<Language, string>;
const written = (texts: Texts, lang: Language) => texts[lang].trim() !== '';
const writtenElsewhere = (texts: Texts, lang: Language) => LANGUAGES.some((l) => l !== lang && written(texts, l));

/** Missing where printed: a required text not written in `lang`, or an optional one written elsewhere only. */
const isMissing = (texts: Texts, lang: Language, required: boolean) =>
  !written(texts, lang) && (required || writtenElsewhere(texts, lang));

/**
 * An item's titles, a language's counted as not written while it is still the kind's name an item is
 * created with ("Table ronde", renderer/screens/agenda) and another language's title is the user's own:
 * a placeholder, not a translation.
 */
function itemTitles(item: AgendaItem): Texts {
  const placeholder = (l: Language) => item.title[l].trim() === resources[l].ui.enums.agendaItemKind[item.kind];
  const renamed = LANGUAGES.some((l) => written(item.title, l) && !placeholder(l));
  if (!renamed) return item.title;
  return Object.fromEntries(LANGUAGES.map((l) => [l, placeholder(l) ? '' : item.title[l]])) as Texts;
}

function hasQuestionsBlock(blocks: readonly BlockNode[]): boolean {
  return blocks.some((block) => {
    if (block.type === 'guidingQuestions') return true;
    if (block.type === 'bulletList' || block.type === 'orderedList')
      return block.content.some((item) => hasQuestionsBlock(item.content));
    return block.type === 'blockquote' && hasQuestionsBlock(block.content);
  });
}

function headerPlaces(overview: SessionOverview, lang: Language): MissingPlace[] {
  const { body } = overview;
  return (['parentName', 'name'] as const)
    .filter((field) => isMissing(body[field], lang, true))
    .map((field) => ({ type: 'body_name', bodyId: body.id, field }));
}

/** What the order of business, annotated agenda, list of speakers or chair's script would print in another language, in print order. */
export function missingInSessionExport(
  overview: SessionOverview,
  lang: Language,
  kind: SessionExportKind,
): MissingPlace[] {
  const places = headerPlaces(overview, lang);
  if (isMissing(overview.session.title, lang, true)) places.push({ type: 'session_title' });
  const organizations = new Map(overview.organizations.map((o) => [o.id, o]));
  const people = new Map(overview.people.map((p) => [p.id, p]));
  const seenOrganizations = new Set<string>();
  overview.agendaItems.forEach((item, index) => {
    const number = index + 1;
    if (isMissing(itemTitles(item), lang, true)) places.push({ type: 'item_title', item: number, itemId: item.id });
    if (kind === 'annotated_agenda') {
      const annotation = item.annotation;
      if (isEmptyRichText(annotation[lang]) && LANGUAGES.some((l) => !isEmptyRichText(annotation[l]))) {
        places.push({ type: 'item_annotation', item: number, itemId: item.id });
      }
    }
    if (kind !== 'list_of_speakers' && kind !== 'chairs_script') return;
    for (const speaker of overview.speakers) {
      if (speaker.agendaItemId !== item.id || speaker.status === 'withdrawn') continue;
      const person = speaker.personId ? people.get(speaker.personId) : undefined;
      const organization = organizations.get(speaker.organizationId ?? person?.organizationId ?? '');
      if (!organization || seenOrganizations.has(organization.id)) continue;
      seenOrganizations.add(organization.id);
      if (isMissing(organization.name, lang, true)) {
        const name = LANGUAGES.map((l) => organization.name[l]).find((n) => n.trim() !== '') ?? '';
        places.push({ type: 'organization_name', organizationId: organization.id, name });
      }
    }
  });
  // the chair's script reads the guiding questions out on a panel item
  if (kind === 'chairs_script' && overview.agendaItems.some((item) => item.kind === 'panel')) {
    overview.guidingQuestions.forEach((question, index) => {
      if (isMissing(question.text, lang, true)) {
        places.push({ type: 'guiding_question', question: index + 1, questionId: question.id });
      }
    });
  }
  return places;
}

/**
 * What a stored document's export in `lang` lacks: its text in that language (no version, or an
 * empty one while another language has words), and the guiding questions its questions block
 * prints (the block of the version in `lang`, or of the original while there is none).
 */
export function missingInStoredExport(
  overview: SessionOverview,
  lang: Language,
  versions: StoredVersions,
): MissingPlace[] {
  const places = headerPlaces(overview, lang);
  const own = versions.contents[lang];
  const someWords = () =>
    LANGUAGES.some((l) => {
      const content = versions.contents[l];
      return l !== lang && content != null && hasWords(content);
    });
  if (own === undefined || ((own === null || !hasWords(own)) && someWords())) {
    places.push({ type: 'document_text', documentId: versions.documentId, documentKind: versions.kind });
  }
  const shape = own ?? versions.contents[versions.originalLanguage];
  if (shape && hasQuestionsBlock(shape.body.content)) {
    overview.guidingQuestions.forEach((question, index) => {
      if (isMissing(question.text, lang, true)) {
        places.push({ type: 'guiding_question', question: index + 1, questionId: question.id });
      }
    });
  }
  return places;
}

const placeKey = (place: MissingPlace): string => JSON.stringify(place);

/**
 * Every text missing in `lang` for any export of the session: the three agenda-made documents and
 * each stored document; a text printed by several exports is listed once, with all of them.
 */
export function missingInSession(
  overview: SessionOverview,
  lang: Language,
  stored: readonly StoredVersions[],
): MissingText[] {
  const found = new Map<string, MissingText>();
  const add = (places: MissingPlace[], kind: DocumentKind, documentId: string | null) => {
    for (const place of places) {
      const key = placeKey(place);
      const entry = found.get(key) ?? { place, exports: [] };
      entry.exports.push({ kind, documentId });
      found.set(key, entry);
    }
  };
  for (const kind of SESSION_EXPORT_KINDS) add(missingInSessionExport(overview, lang, kind), kind, null);
  for (const versions of stored)
    add(missingInStoredExport(overview, lang, versions), versions.kind, versions.documentId);
  return [...found.values()];
}

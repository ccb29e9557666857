import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/languages';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import type { MissingPlace, MissingText } from '../../../shared/languages/missing-texts';
import { registryHref, sessionHref, translationHref } from '../../routing/routes';

/** A missing text's place in the screen's language: "Agenda item 3: title". */
export function placeLabel(t: TFunction, place: MissingPlace): string {
  switch (place.type) {
    case 'body_name':
      return t(`missingTexts.places.body_${place.field}`);
    case 'document_text':
      return t('missingTexts.places.document_text', { document: t(enumLabelKey('documentKind', place.documentKind)) });
    case 'item_title':
    case 'item_annotation':
      return t(`missingTexts.places.${place.type}`, { item: place.item });
    case 'organization_name':
      return t('missingTexts.places.organization_name', { name: place.name });
    case 'guiding_question':
      return t('missingTexts.places.guiding_question', { question: place.question });
    case 'session_title':
      return t('missingTexts.places.session_title');
  }
}

/** Where the text is written: the screen (and for a document, its languages and translation). */
export function placeHref(sessionId: string, place: MissingPlace): string {
  switch (place.type) {
    case 'body_name':
    case 'session_title':
      return sessionHref(sessionId, 'details');
    case 'item_title':
    case 'item_annotation':
      return sessionHref(sessionId, 'agenda');
    case 'organization_name':
      return registryHref();
    case 'guiding_question':
      return sessionHref(sessionId, 'questions');
    case 'document_text':
      return translationHref(sessionId, place.documentId);
  }
}

/** The session title's field in one language, on Details (the link to it stays on the screen). */
export const sessionTitleFieldSelector = (lang: Language) => `#session-title-fields [lang="${lang}"]`;

/** "Order of business, Annotated agenda": the exports that print a missing text. */
export const exportsLabel = (t: TFunction, missing: MissingText): string =>
  missing.exports.map((e) => t(enumLabelKey('documentKind', e.kind))).join(', ');

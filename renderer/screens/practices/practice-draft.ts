import { plainText } from '../../../shared/content/helpers';
import { emptyLocalizedRichText, richTextFromPlainText } from '../../../shared/content/rich-text';
import type { GoodPractice, PracticeChannel } from '../../../shared/domain/good-practice';
import type { Language } from '../../../shared/domain/languages';

/** The practice form's fields: the texts in the language the practice was given in only. */
export interface PracticeDraft {
  /** The practice being edited; undefined for a new one. */
  id?: string;
  organizationId: string;
  questionId: string;
  recordEntryId: string | null;
  language: Language;
  date: string;
  channel: PracticeChannel;
  title: string;
  text: string;
}

export const newDraft = (language: Language, date: string): PracticeDraft => ({
  organizationId: '',
  questionId: '',
  recordEntryId: null,
  language,
  date,
  channel: 'writing',
  title: '',
  text: '',
});

/** A stored practice in the form: its texts in the language it was given in, one paragraph a line. */
export const draftOf = (practice: GoodPractice): PracticeDraft => ({
  id: practice.id,
  organizationId: practice.organizationId,
  questionId: practice.questionId ?? '',
  recordEntryId: practice.recordEntryId,
  language: practice.language,
  date: practice.date,
  channel: practice.channel,
  title: practice.title[practice.language],
  text: practice.text[practice.language].content
    .map((block) => plainText({ type: 'doc', content: [block] }))
    .join('\n'),
});

/**
 * The fields the API takes. An edit changes the texts of the language the practice is given in and
 * keeps its translations; a new one has only that language.
 */
export function practiceFields(draft: PracticeDraft, existing?: GoodPractice) {
  const title = { ...(existing?.title ?? { en: '', es: '', fr: '', pt: '' }), [draft.language]: draft.title.trim() };
  const text = { ...(existing?.text ?? emptyLocalizedRichText()), [draft.language]: richTextFromPlainText(draft.text) };
  return {
    organizationId: draft.organizationId,
    questionId: draft.questionId || null,
    recordEntryId: draft.recordEntryId,
    language: draft.language,
    date: draft.date,
    channel: draft.channel,
    title,
    text,
  };
}

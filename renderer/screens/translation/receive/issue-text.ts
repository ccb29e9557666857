import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { AlignmentIssueSchema } from '../../../../shared/api/translation-procedures';

export type AlignmentIssue = z.infer<typeof AlignmentIssueSchema>;

/**
 * An alignment issue in the screen's language, built from its code and numbers (main's `message`
 * is English, for the CLI). Passage kinds and title-block fields get their own labels.
 */
export function issueText(t: TFunction, issue: AlignmentIssue): string {
  if (issue.key !== undefined) return sessionTextIssue(t, issue, issue.key);
  const label = (group: 'passageKinds' | 'titleFields', key: string | undefined) =>
    key ? t(`translation.${group}.${key}`, { defaultValue: key }) : '';
  const values = {
    paragraph: issue.paragraph,
    importedParagraph: issue.importedParagraph,
    footnote: issue.footnote,
    expected: issue.code === 'kind_differs' ? label('passageKinds', issue.expected) : issue.expected,
    found: issue.code === 'kind_differs' ? label('passageKinds', issue.found) : issue.found,
    field: label('titleFields', issue.field),
  };
  const key =
    issue.code === 'paragraph_extra' && issue.paragraph === undefined
      ? 'paragraph_extra_first'
      : issue.code === 'footnotes_differ' && issue.footnote !== undefined
        ? 'footnotes_differ_at'
        : issue.code;
  return t(`translation.issues.${key}`, values);
}

/** Where a session text is, from its key ("item-3.annotation"): "The annotation of item 3". */
export function sessionTextPlace(t: TFunction, key: string): string {
  const item = /^item-(\d+)\.(title|annotation)$/.exec(key);
  if (item) {
    return t(item[2] === 'title' ? 'sessionTexts.places.itemTitle' : 'sessionTexts.places.itemAnnotation', {
      number: Number(item[1]),
    });
  }
  const question = /^question-(\d+)$/.exec(key);
  if (question) return t('sessionTexts.places.question', { number: Number(question[1]) });
  return key === 'session.title' ? t('sessionTexts.places.session') : t('sessionTexts.places.other', { key });
}

function sessionTextIssue(t: TFunction, issue: AlignmentIssue, key: string): string {
  return t(`sessionTexts.issues.${issue.code}`, {
    place: sessionTextPlace(t, key),
    expected: issue.expected,
    found: issue.found,
  });
}

import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { AlignmentIssueSchema } from '../../../../shared/api/translation-procedures';

export type AlignmentIssue = z.infer<typeof AlignmentIssueSchema>;

/**
 * An alignment issue in the screen's language, built from its code and numbers (main's `message`
 * is English, for the CLI). Passage kinds and title-block fields get their own labels.
 */
export function issueText(t: TFunction, issue: AlignmentIssue): string {
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

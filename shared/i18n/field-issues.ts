import type { i18n } from 'i18next';
import type { ErrorIssue } from '../api/errors';
import type { IssueRule } from '../api/issue-rules';
import { LANGUAGES, type Language } from '../domain/languages';
import { languageNameKey } from './enum-labels';

/**
 * What is wrong with a field's value, as a screen or the API knows it: the API's rules (`IssueRule`), and the
 * ones a field checks itself before anything is sent (a range, a required text, a date that does not exist).
 */
export type FieldProblem =
  | IssueRule
  | { kind: 'range'; min: number; max: number }
  | { kind: 'dateFormat' | 'timeFormat'; format: string }
  | { kind: 'required' | 'oneLanguage' | 'whole_number' | 'dateImpossible' | 'timeImpossible' | 'endAfterStart' };

/** Fields counted in minutes: their limits are said with the unit ("0 to 1,440 minutes"). */
const MINUTE_FIELDS = new Set(['durationMinutes', 'allottedMinutes']);

function ruleText(i18n: i18n, field: string, problem: FieldProblem): string {
  const number = (n: number | undefined) => new Intl.NumberFormat(i18n.language).format(n ?? 0);
  const minutes = MINUTE_FIELDS.has(field) ? '_minutes' : '';
  switch (problem.kind) {
    case 'range':
      return i18n.t(`forms.rules.range${minutes}`, { min: number(problem.min), max: number(problem.max) });
    case 'too_big':
    case 'too_small':
      return i18n.t(`forms.rules.${problem.kind}${minutes}`, { limit: number(problem.limit) });
    case 'too_short':
      return problem.limit === 1
        ? i18n.t('forms.rules.required')
        : i18n.t('forms.rules.too_short', { limit: number(problem.limit) });
    case 'too_long':
      return i18n.t('forms.rules.too_long', { limit: number(problem.limit) });
    case 'dateFormat':
    case 'timeFormat':
      return i18n.t(`forms.rules.${problem.kind}`, { format: problem.format });
    default:
      return i18n.t(`forms.rules.${problem.kind}`);
  }
}

/**
 * "Title: at most 2,000 characters", "Duration: 0 to 1,440 minutes", "Title (French): …": field, then rule. The
 * field is named by its key in `forms.fields`, or by `label` when the screen's label for it differs ("Starts at").
 */
export function fieldProblemText(
  i18n: i18n,
  field: string,
  problem: FieldProblem,
  { language, label }: { language?: Language; label?: string } = {},
): string {
  const key = `forms.fields.${field}`;
  const name = label ?? i18n.t(i18n.exists(key) ? key : 'forms.fields.other');
  const rule = ruleText(i18n, field, problem);
  return language
    ? i18n.t('forms.issueInLanguage', { field: name, language: i18n.t(languageNameKey(language)), rule })
    : i18n.t('forms.issue', { field: name, rule });
}

/** The field an API issue's path names: "patch.title.fr" is the title in French, "durationMinutes" the duration. */
export function fieldOfPath(path: string): { field: string; language?: Language } {
  const parts = path.split('.').filter((p) => p !== '' && p !== 'patch' && !/^\d+$/.test(p));
  const last = parts.at(-1) ?? '';
  const language = LANGUAGES.find((l) => l === last);
  if (language && parts.length > 1) return { field: parts.at(-2)!, language };
  return { field: last };
}

/** An API refusal's issue in the screen's language, by field and rule. */
export function issueText(i18n: i18n, issue: ErrorIssue): string {
  const { field, language } = fieldOfPath(issue.path);
  return fieldProblemText(i18n, field, issue.rule ?? { kind: 'other' }, { language });
}

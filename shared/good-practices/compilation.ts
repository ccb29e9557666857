import type { GuidingQuestion } from '../domain/guiding-question';
import type { GoodPractice } from '../domain/good-practice';
import { pickLocalized, type Language } from '../domain/languages';
import type { Organization } from '../domain/organization';

/**
 * Orders things by their name in a document's language, as that language's alphabet does:
 * Intl.Collator of the language, so "Brasil, Canadá, Colombia, Costa Rica, México" in Spanish and
 * "Brésil, Canada, Colombie, Costa Rica, Mexique" in French.
 */
export function byNameIn<T>(lang: Language, nameOf: (item: T) => string): (a: T, b: T) => number {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(nameOf(a), nameOf(b));
}

/** Organizations ordered by their name in `lang` (the name in another language where it has none). */
export const sortOrganizations = (organizations: readonly Organization[], lang: Language): Organization[] =>
  [...organizations].sort(byNameIn(lang, (o) => pickLocalized(o.name, lang)));

export interface QuestionGroup {
  /** The guiding question, with its number in the session (1-based); null for practices that answer none. */
  question: { number: number; question: GuidingQuestion } | null;
  practices: GoodPractice[];
}

export interface OrganizationGroup {
  organization: Organization;
  questions: QuestionGroup[];
}

/**
 * The compilation's shape: one group per State (or mechanism) that shared a practice, ordered by its
 * name in `lang`; in each, its practices under the question they answer, in the questions' order,
 * those that answer none last; practices in the order they were given.
 */
export function compilePractices(
  practices: readonly GoodPractice[],
  organizations: readonly Organization[],
  questions: readonly GuidingQuestion[],
  lang: Language,
): OrganizationGroup[] {
  const ordered = [...questions].sort((a, b) => a.position - b.position);
  const holders = organizations.filter((o) => practices.some((p) => p.organizationId === o.id));
  return sortOrganizations(holders, lang).map((organization) => {
    const own = practices.filter((p) => p.organizationId === organization.id);
    const groups: QuestionGroup[] = ordered.flatMap((question, index) => {
      const answering = own.filter((p) => p.questionId === question.id);
      return answering.length ? [{ question: { number: index + 1, question }, practices: answering }] : [];
    });
    const unanswered = own.filter((p) => !ordered.some((q) => q.id === p.questionId));
    if (unanswered.length) groups.push({ question: null, practices: unanswered });
    return { organization, questions: groups };
  });
}

import { z } from 'zod';

/**
 * The rule an input broke, carried beside the issue's English message so that a screen can say it in the
 * user's language and name the field: "Title (French): at most 2,000 characters". Built from zod's issue
 * (its code and limit), so every schema rule is covered without a message per field.
 */
export const IssueRuleSchema = z.object({
  kind: z.enum(['too_long', 'too_short', 'too_big', 'too_small', 'format', 'oneLanguage', 'endAfterStart', 'other']),
  limit: z.number().optional(),
});
export type IssueRule = z.infer<typeof IssueRuleSchema>;

/** The rule of one zod issue; `other` for those a screen can only name by their field. */
export function ruleOfZodIssue(issue: z.core.$ZodIssue): IssueRule {
  const sized = (origin: unknown) => origin === 'string' || origin === 'array';
  switch (issue.code) {
    case 'too_big':
      return { kind: sized(issue.origin) ? 'too_long' : 'too_big', limit: Number(issue.maximum) };
    case 'too_small':
      return { kind: sized(issue.origin) ? 'too_short' : 'too_small', limit: Number(issue.minimum) };
    case 'invalid_format':
      return { kind: 'format' };
    case 'custom': {
      // the rules across fields (shared/domain/entity.ts) name themselves in params
      const named = IssueRuleSchema.shape.kind.safeParse((issue.params as { rule?: unknown } | undefined)?.rule);
      return { kind: named.success ? named.data : 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

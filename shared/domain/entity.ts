import { z } from 'zod';
import { TimestampsSchema } from './common';

/** A rule across fields that a create, and the merged result of an update, must keep. */
export interface FieldRule<F> {
  holds: (fields: F) => boolean;
  message: string;
  path: string;
  /** Which rule, so that a screen can say it in the user's language (shared/api/issue-rules.ts). */
  rule?: 'oneLanguage' | 'endAfterStart';
}

/** An entity's editable fields (a plain object schema) and the rules across them. */
export interface EntityFields<B extends z.ZodObject> {
  base: B;
  rules: readonly FieldRule<z.infer<B>>[];
}

export function withRules<B extends z.ZodObject>(
  base: B,
  rules: readonly FieldRule<z.infer<B>>[] = [],
): EntityFields<B> {
  return { base, rules };
}

/** Applies the rules to any schema whose output carries the entity's fields. */
export function applyRules<S extends z.ZodType>(schema: S, rules: readonly FieldRule<never>[]): S {
  if (rules.length === 0) return schema;
  return schema.superRefine((value, ctx) => {
    for (const rule of rules) {
      if (!(rule.holds as (v: unknown) => boolean)(value)) {
        ctx.addIssue({ code: 'custom', message: rule.message, path: [rule.path], params: { rule: rule.rule } });
      }
    }
  }) as unknown as S;
}

/** A stored entity: its identity keys first, then its editable fields, then when it was made and changed. */
export function entitySchema<K extends z.ZodRawShape, S extends z.ZodRawShape>(
  keys: K,
  fields: EntityFields<z.ZodObject<S, z.core.$strip>>,
) {
  return z.object(keys).extend(fields.base.shape).extend(TimestampsSchema.shape);
}

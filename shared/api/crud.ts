import { z } from 'zod';
import { IdSchema } from '../domain/common';
import { applyRules, type EntityFields } from '../domain/entity';
import { mutation, query, type Procedure } from './procedure';

export const IdInput = z.strictObject({ id: IdSchema });
export type IdInput = typeof IdInput;
const Deleted = z.object({ id: IdSchema });

/**
 * What a save answers: which row, the version it now is (its new `updatedAt`) and the fields it changed
 * as stored, but never the `bulky` ones (a paper's content, an annotation): the caller sent them itself.
 */
export const savedStamp = <F extends z.ZodObject>(fields: F, bulky: readonly string[]) =>
  z
    .object({ id: IdSchema, updatedAt: z.string() })
    .extend(fields.omit(Object.fromEntries(bulky.map((key) => [key, true])) as never).partial().shape);

type Shape = z.ZodRawShape;

/**
 * The five procedures every entity has. `parent` names the key that scopes it (sessionId for
 * agenda items); `createKeys` are set once at creation and never patched (a version's language);
 * a create may carry its own id so that undo and imports keep identities.
 */
export function crudProcedures<
  N extends string,
  S extends Shape,
  E extends z.ZodType,
  P extends Shape,
  L extends Shape,
  C extends Shape = Record<never, never>,
>(
  name: N,
  spec: {
    fields: EntityFields<z.ZodObject<S, z.core.$strip>>;
    entity: E;
    parent: P;
    listFilter: L;
    createKeys?: C;
    /** Large fields a save does not answer back (see savedStamp). */
    bulky?: readonly (keyof S & string)[];
  },
) {
  const { base, rules } = spec.fields;
  type CreateShape = P & C & S & { id: z.ZodOptional<typeof IdSchema> };
  const create = applyRules(
    z.strictObject({ ...spec.parent, ...spec.createKeys, ...base.shape, id: IdSchema.optional() }) as z.ZodObject<
      CreateShape,
      z.core.$strict
    >,
    rules,
  );
  const update = z.strictObject({ id: IdSchema, patch: base.partial().strict() });
  const saved = savedStamp(base, spec.bulky ?? []);
  const list = z.strictObject({ ...spec.parent, ...spec.listFilter });
  return {
    [`${name}.list`]: query(list, z.array(spec.entity)),
    [`${name}.get`]: query(IdInput, spec.entity),
    [`${name}.create`]: mutation(create, spec.entity),
    [`${name}.update`]: mutation(update, saved),
    [`${name}.delete`]: mutation(IdInput, Deleted),
  } as {
    [K in `${N}.list`]: Procedure<typeof list, z.ZodArray<E>>;
  } & { [K in `${N}.get`]: Procedure<IdInput, E> } & {
    [K in `${N}.create`]: Procedure<typeof create, E>;
  } & { [K in `${N}.update`]: Procedure<typeof update, typeof saved> } & {
    [K in `${N}.delete`]: Procedure<IdInput, typeof Deleted>;
  };
}

/** Sets the order of an ordered entity's rows under one parent: the ids must be exactly that parent's rows. */
export function reorderProcedure<N extends string, E extends z.ZodType, P extends Shape>(
  name: N,
  entity: E,
  parent: P,
) {
  const input = z.strictObject({ ...parent, ids: z.array(IdSchema).max(10_000) });
  return { [`${name}.reorder`]: mutation(input, z.array(entity)) } as {
    [K in `${N}.reorder`]: Procedure<typeof input, z.ZodArray<E>>;
  };
}

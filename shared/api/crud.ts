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

/** The five operations an entity can have; each entity exposes only those a screen, the CLI or the demo calls. */
export type CrudOperation = 'list' | 'get' | 'create' | 'update' | 'delete';

/**
 * The procedures of one entity, those of `operations` only. `parent` names the key that scopes it
 * (sessionId for agenda items); `createKeys` are set once at creation and never patched (a
 * version's language); a create may carry its own id so that undo and imports keep identities.
 */
export function crudProcedures<
  N extends string,
  O extends CrudOperation,
  S extends Shape,
  E extends z.ZodType,
  P extends Shape,
  L extends Shape,
  C extends Shape = Record<never, never>,
>(
  name: N,
  operations: readonly O[],
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
  const all = {
    list: query(list, z.array(spec.entity)),
    get: query(IdInput, spec.entity),
    create: mutation(create, spec.entity),
    update: mutation(update, saved),
    delete: mutation(IdInput, Deleted),
  };
  type All = typeof all;
  return Object.fromEntries(operations.map((operation) => [`${name}.${operation}`, all[operation]])) as {
    [K in O as `${N}.${K}`]: All[K];
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

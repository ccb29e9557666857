import type { z } from 'zod';
import { contract } from '../../shared/api/contract';
import type { Store } from '../store/open-database';
import { entityStore } from '../store/entities';
import type { EntitySpec } from '../store/entity-specs';

type Input = Record<string, unknown>;
/*
 * A procedure's implementation. Declared as a method so that a handler of a narrower input is still a
 * Handler (methods are bivariant in their parameters): the contract parsed the input before any call.
 */
export type Handler = { handle(db: Store, input: unknown): Promise<unknown> }['handle'];

/** The fields of a patch that a save answers back: those of the contract's stamp (savedStamp), as stored. */
function answeredFields(name: string): (patch: Input) => Input {
  const update = contract[`${name}.update` as keyof typeof contract] as { output: z.ZodObject } | undefined;
  // an entity the contract gives no update to answers none (its handler is dropped with it)
  const shape = update?.output.shape ?? {};
  return (patch) => Object.fromEntries(Object.entries(patch).filter(([key]) => key in shape));
}

/** The five procedures of an entity over its store functions (main/store/entities.ts). */
export function crudHandlers(name: string, spec: EntitySpec): Record<string, Handler> {
  const store = entityStore(spec);
  const answered = answeredFields(name);
  return {
    [`${name}.list`]: async (db: Store, input: Input) => store.list(db, input),
    [`${name}.get`]: async (db: Store, input: { id: string }) => store.get(db, input.id),
    [`${name}.create`]: async (db: Store, input: Input) => store.create(db, input),
    [`${name}.update`]: async (db: Store, input: { id: string; patch: Input }) => ({
      ...(await store.update(db, input.id, input.patch)),
      ...answered(input.patch),
    }),
    [`${name}.delete`]: async (db: Store, input: { id: string }) => store.delete(db, input.id),
  };
}

/** Sets positions 0…n-1 in the given order; the ids must be exactly the parent's rows, each once. */
export function reorderHandler(spec: EntitySpec & { parentKey: string }): Handler {
  const store = entityStore(spec);
  return async (db: Store, input: Input & { ids: string[] }) =>
    store.reorder(db, spec.parentKey, input[spec.parentKey] as string, input.ids);
}

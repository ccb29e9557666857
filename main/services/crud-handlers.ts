import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { fail, type ErrorIssue } from '../../shared/api/errors';
import type { FieldRule } from '../../shared/domain/entity';
import { constraintErrorCode } from '../store/constraint-errors';
import type { Store } from '../store/open-database';
import { PARENT_TABLES, type EntitySpec } from './entity-specs';
import { fromRow, toRow } from './row-mapping';

type Row = Record<string, unknown>;
type Input = Record<string, unknown>;
export type Handler = (db: Store, input: never) => Promise<unknown>;

/*
 * The table name varies with the spec, which kysely's types cannot follow; every input was parsed by
 * the contract where it entered main, and every row was written from such an input.
 */
const untyped = (db: Store) => db as unknown as Kysely<Record<string, Row>>;

const now = () => new Date().toISOString();

async function exists(db: Store, table: string, id: unknown): Promise<boolean> {
  if (typeof id !== 'string') return false;
  return (await untyped(db).selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

async function loadRow(db: Store, spec: EntitySpec, id: string): Promise<Row> {
  const row = await untyped(db).selectFrom(spec.table).selectAll().where('id', '=', id).executeTakeFirst();
  return row ?? fail('not_found', [{ path: 'id', message: 'no such record' }]);
}

async function checkReferences(db: Store, spec: EntitySpec, fields: Input): Promise<void> {
  const missing = [];
  for (const [key, table] of Object.entries(spec.references)) {
    if (fields[key] !== undefined && fields[key] !== null && !(await exists(db, table, fields[key]))) {
      missing.push({ path: key, message: 'no such record' });
    }
  }
  if (spec.parentKey && fields[spec.parentKey] !== undefined) {
    if (!(await exists(db, PARENT_TABLES[spec.parentKey], fields[spec.parentKey]))) {
      missing.push({ path: spec.parentKey, message: 'no such record' });
    }
  }
  if (missing.length > 0) fail('not_found', missing);
}

async function write<T>(during: 'write' | 'delete', action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const code = constraintErrorCode(error, during);
    if (code) fail(code);
    throw error;
  }
}

/**
 * The rules across fields (an end after the start) on what an update leaves: the patch was checked
 * by the contract and the row it merges into was written checked, so only the rules run, not the schema.
 */
function checkRules(rules: readonly FieldRule<never>[], merged: Input): void {
  const broken: ErrorIssue[] = rules
    .filter((rule) => !(rule.holds as (fields: Input) => boolean)(merged))
    .map((rule) => ({ path: `patch.${rule.path}`, message: rule.message, rule: { kind: rule.rule ?? 'other' } }));
  if (broken.length > 0) fail('validation', broken);
}

/** The fields of a patch that a save answers back: those of the contract's stamp (savedStamp), as stored. */
function answeredFields(name: string): (patch: Input) => Input {
  const shape = (contract[`${name}.update` as keyof typeof contract].output as z.ZodObject).shape;
  return (patch) => Object.fromEntries(Object.entries(patch).filter(([key]) => key in shape));
}

function checkGuard(spec: EntitySpec, existing: unknown, patch: Input | null): void {
  if (spec.guard && !spec.guard(existing as never, patch)) fail('reference_fixed');
}

export function crudHandlers(name: string, spec: EntitySpec): Record<string, Handler> {
  const get = async (db: Store, id: string) => fromRow(spec, await loadRow(db, spec, id));
  const answered = answeredFields(name);
  const readsBeforeUpdate = Boolean(spec.guard || spec.checkWrite || spec.fields.rules.length > 0);

  return {
    [`${name}.list`]: async (db: Store, input: Input) => {
      let query = untyped(db).selectFrom(spec.table).selectAll();
      if (spec.parentKey) query = query.where(spec.parentKey, '=', input[spec.parentKey] as string);
      const rows = await query
        .orderBy(spec.sortBy, spec.descending ? 'desc' : 'asc')
        .orderBy('id')
        .execute();
      const entities = rows.map((row) => fromRow(spec, row));
      return spec.matches ? entities.filter((e) => spec.matches?.(e as never, input)) : entities;
    },

    [`${name}.get`]: async (db: Store, input: { id: string }) => get(db, input.id),

    [`${name}.create`]: async (db: Store, input: Input) => {
      await checkReferences(db, spec, input);
      const { id = crypto.randomUUID(), ...fields } = input;
      await spec.checkWrite?.(db, fields, id as string);
      const stamp = now();
      const row: Row = { ...toRow(spec, fields), id, createdAt: stamp, updatedAt: stamp };
      if (spec.ordered && spec.parentKey) {
        const last = await untyped(db)
          .selectFrom(spec.table)
          .select((eb) => eb.fn.max<number | null>('position').as('last'))
          .where(spec.parentKey, '=', fields[spec.parentKey] as string)
          .executeTakeFirst();
        row.position = (last?.last ?? -1) + 1;
      }
      await write('write', () => untyped(db).insertInto(spec.table).values(row).execute());
      return get(db, id as string);
    },

    [`${name}.update`]: async (db: Store, input: { id: string; patch: Input }) => {
      // the row is read only where a check needs what the patch leaves (a version's 40,000 words are not)
      if (readsBeforeUpdate) {
        const existing = (await get(db, input.id)) as Input;
        checkGuard(spec, existing, input.patch);
        const merged = { ...existing, ...input.patch };
        checkRules(spec.fields.rules, merged);
        await spec.checkWrite?.(db, merged, input.id);
      }
      await checkReferences(db, spec, input.patch);
      const updatedAt = now();
      const row = { ...toRow(spec, input.patch), updatedAt };
      const [result] = await write('write', () =>
        untyped(db).updateTable(spec.table).set(row).where('id', '=', input.id).execute(),
      );
      if (!result || result.numUpdatedRows === 0n) fail('not_found', [{ path: 'id', message: 'no such record' }]);
      return { id: input.id, updatedAt, ...answered(input.patch) };
    },

    [`${name}.delete`]: async (db: Store, input: { id: string }) => {
      checkGuard(spec, await get(db, input.id), null);
      await write('delete', () => untyped(db).deleteFrom(spec.table).where('id', '=', input.id).execute());
      return { id: input.id };
    },
  };
}

/** Sets positions 0…n-1 in the given order; the ids must be exactly the parent's rows, each once. */
export function reorderHandler(spec: EntitySpec & { parentKey: string }): Handler {
  return async (db: Store, input: Input & { ids: string[] }) => {
    const parentId = input[spec.parentKey] as string;
    if (!(await exists(db, PARENT_TABLES[spec.parentKey as keyof typeof PARENT_TABLES], parentId))) {
      fail('not_found', [{ path: spec.parentKey, message: 'no such record' }]);
    }
    const rows = await untyped(db).selectFrom(spec.table).select('id').where(spec.parentKey, '=', parentId).execute();
    const current = new Set(rows.map((r) => r.id));
    const given = new Set(input.ids);
    if (given.size !== input.ids.length || given.size !== current.size || input.ids.some((id) => !current.has(id))) {
      fail('validation', [{ path: 'ids', message: 'the ids must list every row of the parent exactly once' }]);
    }
    const stamp = now();
    for (const [position, id] of input.ids.entries()) {
      await untyped(db).updateTable(spec.table).set({ position, updatedAt: stamp }).where('id', '=', id).execute();
    }
    const list = await untyped(db)
      .selectFrom(spec.table)
      .selectAll()
      .where(spec.parentKey, '=', parentId)
      .orderBy('position')
      .execute();
    return list.map((row) => fromRow(spec, row));
  };
}

import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { fail, type ErrorIssue } from '../../shared/api/errors';
import type { FieldRule } from '../../shared/domain/entity';
import { constraintErrorCode } from './constraint-errors';
import { ENTITY_SPECS, PARENT_TABLES, type EntityName, type EntitySpec } from './entity-specs';
import type { Store } from './open-database';
import { fromRow, toRow } from './row-mapping';

type Row = Record<string, unknown>;
type Fields = Record<string, unknown>;

type Specs = typeof ENTITY_SPECS;
type FieldsOf<N extends EntityName> = z.infer<Specs[N]['fields']['base']>;
export type EntityOf<N extends EntityName> = z.infer<Specs[N]['entity']>;
/** A new record's fields, with its parent's key (and a version's language), and optionally its own id. */
export type EntityCreate<N extends EntityName> = FieldsOf<N> & {
  id?: string;
  sessionId?: string;
  agendaItemId?: string;
  documentId?: string;
  language?: string;
};
export type EntityPatch<N extends EntityName> = Partial<FieldsOf<N>>;

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

async function checkReferences(db: Store, spec: EntitySpec, fields: Fields): Promise<void> {
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
function checkRules(rules: readonly FieldRule<never>[], merged: Fields): void {
  const broken: ErrorIssue[] = rules
    .filter((rule) => !(rule.holds as (fields: Fields) => boolean)(merged))
    .map((rule) => ({ path: `patch.${rule.path}`, message: rule.message, rule: { kind: rule.rule ?? 'other' } }));
  if (broken.length > 0) fail('validation', broken);
}

function checkGuard(spec: EntitySpec, existing: unknown, patch: Fields | null): void {
  if (spec.guard && !spec.guard(existing, patch)) fail('reference_fixed');
}

/**
 * The reads and writes of one entity, driven by its spec, with the checks every edit passes (references,
 * guards, the entity's rules, constraints). The generic CRUD handlers and the typed functions below use them.
 */
export function entityStore(spec: EntitySpec) {
  const get = async (db: Store, id: string) => fromRow(spec, await loadRow(db, spec, id));
  const readsBeforeUpdate = Boolean(spec.guard || spec.checkWrite || spec.fields.rules.length > 0);

  return {
    get,

    list: async (db: Store, filter: Fields) => {
      let query = untyped(db).selectFrom(spec.table).selectAll();
      if (spec.parentKey) query = query.where(spec.parentKey, '=', filter[spec.parentKey] as string);
      const rows = await query
        .orderBy(spec.sortBy, spec.descending ? 'desc' : 'asc')
        .orderBy('id')
        .execute();
      const entities = rows.map((row) => fromRow(spec, row));
      return spec.matches ? entities.filter((e) => spec.matches?.(e, filter)) : entities;
    },

    create: async (db: Store, input: Fields) => {
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

    /** Answers the stamp of the change, not the record: the caller sent the fields and knows them. */
    update: async (db: Store, id: string, patch: Fields) => {
      // the row is read only where a check needs what the patch leaves (a version's 40,000 words are not)
      if (readsBeforeUpdate) {
        const existing = (await get(db, id)) as Fields;
        checkGuard(spec, existing, patch);
        const merged = { ...existing, ...patch };
        checkRules(spec.fields.rules, merged);
        await spec.checkWrite?.(db, merged, id);
      }
      await checkReferences(db, spec, patch);
      const updatedAt = now();
      const row = { ...toRow(spec, patch), updatedAt };
      const [result] = await write('write', () =>
        untyped(db).updateTable(spec.table).set(row).where('id', '=', id).execute(),
      );
      if (!result || result.numUpdatedRows === 0n) fail('not_found', [{ path: 'id', message: 'no such record' }]);
      return { id, updatedAt };
    },

    delete: async (db: Store, id: string) => {
      checkGuard(spec, await get(db, id), null);
      await write('delete', () => untyped(db).deleteFrom(spec.table).where('id', '=', id).execute());
      return { id };
    },

    /** Sets positions 0…n-1 in the given order; the ids must be exactly the parent's rows, each once. */
    reorder: async (db: Store, parentKey: string, parentId: string, ids: string[]) => {
      if (!(await exists(db, PARENT_TABLES[parentKey as keyof typeof PARENT_TABLES], parentId))) {
        fail('not_found', [{ path: parentKey, message: 'no such record' }]);
      }
      const rows = await untyped(db).selectFrom(spec.table).select('id').where(parentKey, '=', parentId).execute();
      const current = new Set(rows.map((r) => r.id));
      const given = new Set(ids);
      if (given.size !== ids.length || given.size !== current.size || ids.some((id) => !current.has(id))) {
        fail('validation', [{ path: 'ids', message: 'the ids must list every row of the parent exactly once' }]);
      }
      const stamp = now();
      for (const [position, id] of ids.entries()) {
        await untyped(db).updateTable(spec.table).set({ position, updatedAt: stamp }).where('id', '=', id).execute();
      }
      const list = await untyped(db)
        .selectFrom(spec.table)
        .selectAll()
        .where(parentKey, '=', parentId)
        .orderBy('position')
        .execute();
      return list.map((row) => fromRow(spec, row));
    },
  };
}

type EntityStore = ReturnType<typeof entityStore>;
const stores = new Map<EntityName, EntityStore>();
const storeOf = (name: EntityName): EntityStore => {
  if (!stores.has(name)) stores.set(name, entityStore(ENTITY_SPECS[name]));
  return stores.get(name)!;
};

/** One record, as the contract's entity; not_found when there is none. */
export const getEntity = async <N extends EntityName>(db: Store, name: N, id: string) =>
  (await storeOf(name).get(db, id)) as EntityOf<N>;

/** A new record, with the checks a user's edit passes. */
export const createEntity = async <N extends EntityName>(db: Store, name: N, input: EntityCreate<N>) =>
  (await storeOf(name).create(db, input)) as EntityOf<N>;

/** A change to a record, with the checks a user's edit passes (the entity's rules on the merged record). */
export async function updateEntity<N extends EntityName>(db: Store, name: N, id: string, patch: EntityPatch<N>) {
  await storeOf(name).update(db, id, patch);
  return (await storeOf(name).get(db, id)) as EntityOf<N>;
}

/** Deletes a record, unless its guard refuses (shipped reference data) or another record still needs it. */
export const deleteEntity = async (db: Store, name: EntityName, id: string) => storeOf(name).delete(db, id);

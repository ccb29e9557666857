import type { Store } from './open-database';

/* The store's own key-value notes (a flag set once, and the like). */

export async function readMeta(db: Store, key: string): Promise<string | undefined> {
  return (await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

export async function writeMeta(db: Store, key: string, value: string): Promise<void> {
  await db.insertInto('meta').values({ key, value }).execute();
}

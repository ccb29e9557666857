import type { Store } from '../store/open-database';
import { invoke } from '../services/handlers';
import { createDemoSession } from './create-demo-session';

const OFFERED_KEY = 'demo_session_offered';

/** On the first start with an empty database, the demo session is made so a newcomer sees a real example at once. */
export async function createDemoOnFirstRun(db: Store): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const offered = await trx.selectFrom('meta').select('value').where('key', '=', OFFERED_KEY).executeTakeFirst();
    if (offered) return null;
    await trx.insertInto('meta').values({ key: OFFERED_KEY, value: new Date().toISOString() }).execute();
    const anySession = await trx.selectFrom('sessions').select('id').limit(1).executeTakeFirst();
    return anySession ? null : createDemoSession(trx, invoke);
  });
}

import type { Store } from '../store/open-database';
import { readMeta, writeMeta } from '../store/meta';
import { anySession } from '../store/sessions';
import { createDemoSession, type Invoke } from './create-demo-session';

const OFFERED_KEY = 'demo_session_offered';

/** On the first start with an empty database, the demo session is made so a newcomer sees a real example at once. */
export async function createDemoOnFirstRun(db: Store, invoke: Invoke): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    if ((await readMeta(trx, OFFERED_KEY)) !== undefined) return null;
    await writeMeta(trx, OFFERED_KEY, new Date().toISOString());
    return (await anySession(trx)) ? null : createDemoSession(trx, invoke);
  });
}

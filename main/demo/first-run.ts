import type { Store } from '../store/open-database';
import { readMeta, writeMeta } from '../store/meta';
import { anySession } from '../store/sessions';
import { createDemoSession, type Invoke } from './create-demo-session';
import { holdDemoSession } from './hold-demo-session';

const OFFERED_KEY = 'demo_session_offered';

/** The demo of a first start: the session as held (its record, good practices and report), or as prepared. */
export type FirstRunDemo = 'held' | 'prepared';

/**
 * On the first start with an empty database, the demo session is made so a newcomer sees a real example
 * at once: held by default, so the chair's script, the session report and the compilation all have
 * something to show.
 */
export async function createDemoOnFirstRun(
  db: Store,
  invoke: Invoke,
  demo: FirstRunDemo = 'held',
): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    if ((await readMeta(trx, OFFERED_KEY)) !== undefined) return null;
    await writeMeta(trx, OFFERED_KEY, new Date().toISOString());
    if (await anySession(trx)) return null;
    const sessionId = await createDemoSession(trx, invoke);
    if (demo === 'held') await holdDemoSession(trx, invoke, sessionId);
    return sessionId;
  });
}

import { contract, isProcedureName, type InputOf, type OutputOf, type ProcedureName } from '../../shared/api/contract';
import { apiError, ApiFailure, issuesFromZod } from '../../shared/api/errors';
import { createDemoSession } from '../demo/create-demo-session';
import { holdDemoSession } from '../demo/hold-demo-session';
import { documentHandlers } from '../exports/handlers';
import { floorHandlers } from '../floor/handlers';
import { goodPracticeHandlers } from '../good-practices/handlers';
import { systemClock } from '../safety/scheduler';
import { safetyHandlers } from '../safety/handlers';
import { searchHandlers } from '../search/handlers';
import { storageHandlers } from '../safety/storage-handlers';
import { startFromHandlers } from '../start-from/handlers';
import { translationHandlers } from '../translation/handlers';
import type { Store } from '../store/open-database';
import { crudHandlers, reorderHandler, type Handler } from './crud-handlers';
import { handlerInput } from './file-inputs';
import { ENTITY_SPECS } from '../store/entity-specs';
import { sessionOverview } from './overview';
import { sessionPrepHandlers } from './session-prep';

/** Calls a procedure from inside main (the demo, the CLI), input checked by the contract, in the caller's transaction. */
export async function invoke<N extends ProcedureName>(db: Store, name: N, input: unknown): Promise<OutputOf<N>> {
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) throw new ApiFailure(apiError('validation', issuesFromZod(parsed.error)));
  return (await (HANDLERS[name] as Handler)(db, await handlerInput(name, parsed.data))) as OutputOf<N>;
}

export const HANDLERS: Readonly<Record<string, Handler>> = {
  // The contract exposes only the CRUD operations something calls; the others stay inside main.
  ...Object.fromEntries(
    Object.entries(ENTITY_SPECS)
      .flatMap(([name, spec]) => Object.entries(crudHandlers(name, spec)))
      .filter(([name]) => isProcedureName(name)),
  ),
  'agendaItems.reorder': reorderHandler(ENTITY_SPECS.agendaItems),
  'guidingQuestions.reorder': reorderHandler(ENTITY_SPECS.guidingQuestions),
  'speakers.reorder': reorderHandler(ENTITY_SPECS.speakers),
  'sessions.overview': sessionOverview,
  'demo.create': async (db: Store, input: InputOf<'demo.create'>) => {
    const sessionId = await createDemoSession(db, invoke);
    if (input.held) await holdDemoSession(db, invoke, sessionId);
    return { sessionId };
  },
  ...sessionPrepHandlers,
  ...documentHandlers,
  ...safetyHandlers,
  ...storageHandlers,
  ...translationHandlers,
  ...floorHandlers(systemClock),
  ...startFromHandlers,
  ...goodPracticeHandlers,
  ...searchHandlers,
};

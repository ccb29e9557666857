import { contract, type OutputOf, type ProcedureName } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { floorHandlers } from '../../main/floor/handlers';
import { invoke } from '../../main/services/handlers';
import type { Store } from '../../main/store/open-database';

/** A clock the test sets by hand: the floor's instants are whatever it says. */
export class HandClock {
  constructor(public ms: number) {}
  now(): number {
    return this.ms;
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

/** Calls the floor's procedures on the hand clock, input checked by the contract, each mutation in its transaction. */
export function floorDriver(db: Store, clock: HandClock) {
  const handlers = floorHandlers(clock);
  return async <N extends ProcedureName & `floor.${string}`>(name: N, input: unknown): Promise<OutputOf<N>> => {
    const parsed = contract[name].input.parse(input);
    const value = await db
      .transaction()
      .execute((trx) => handlers[name]!(trx, parsed as never))
      .catch((error: unknown) => {
        if (!(error instanceof ApiFailure)) throw error;
        const { code, issues } = error.error;
        throw new Error(`${code}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
      });
    return contract[name].output.parse(value) as OutputOf<N>;
  };
}

/** The demo session, with its dialogue item (five delegations on the list) and ids by ISO code. */
export async function demoFloor(db: Store) {
  const { sessionId } = await invoke(db, 'demo.create', {});
  const items = await db
    .selectFrom('agendaItems')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .orderBy('position')
    .execute();
  const dialogue = items.find((i) => i.kind === 'dialogue')!;
  const panel = items.find((i) => i.kind === 'panel')!;
  const orgs = await db.selectFrom('organizations').select(['id', 'code', 'kind']).execute();
  const org = (code: string) => orgs.find((o) => o.code === code)!.id;
  const speakers = await db.selectFrom('speakers').selectAll().where('agendaItemId', '=', dialogue.id).execute();
  const speakerOf = (code: string) => speakers.find((s) => s.organizationId === org(code))!.id;
  // a permanent observer, which the reference data does not ship
  const name = { en: 'Observer State', es: 'Estado observador', fr: 'État observateur', pt: 'Estado observador' };
  const { id: observer } = await invoke(db, 'organizations.create', {
    kind: 'observer',
    code: null,
    acronym: name,
    name,
    email: '',
    phone: '',
    notes: '',
  });
  return { sessionId, dialogueId: dialogue.id, panelId: panel.id, org, speakerOf, observer };
}

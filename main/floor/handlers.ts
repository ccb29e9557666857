import type { InputOf } from '../../shared/api/contract';
import type { Clock } from '../safety/scheduler';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import { floorState } from './floor-read';
import { openItem, request, withdraw, type RequestInput } from './queue';
import { recordCsvOf, recordDocxOf, updateRecord, type RecordUpdateInput } from './record';
import { end, give, pauseCurrent, resumeCurrent, type GiveInput } from './speeches';

interface Session {
  sessionId: string;
}

/**
 * The floor's procedures, on a clock: the system's in the app, a hand-set one in tests. Each reads
 * the clock once, so every instant a call stores and the state it answers agree.
 */
export function floorHandlers(clock: Clock): Record<string, Handler> {
  const changing =
    <I extends Session>(change: (db: Store, input: I, now: number) => Promise<void>) =>
    async (db: Store, input: I) => {
      const now = clock.now();
      await change(db, input, now);
      return floorState(db, input.sessionId, now);
    };
  return {
    'floor.state': async (db: Store, input: Session) => floorState(db, input.sessionId, clock.now()),
    'floor.openItem': changing(openItem),
    'floor.give': changing<GiveInput>(give),
    'floor.pause': changing((db, input: Session, now) => pauseCurrent(db, input.sessionId, now)),
    'floor.resume': changing((db, input: Session, now) => resumeCurrent(db, input.sessionId, now)),
    'floor.end': changing((db, input: Session, now) => end(db, input.sessionId, now)),
    'floor.request': changing<RequestInput>(request),
    'floor.withdraw': changing(withdraw),
    'floor.record.update': changing<RecordUpdateInput>((db, input) => updateRecord(db, input)),
    'floor.record.csv': async (db: Store, input: Session) => recordCsvOf(db, input.sessionId, clock.now()),
    'floor.record.docx': async (db: Store, input: InputOf<'floor.record.docx'>) =>
      recordDocxOf(db, input.sessionId, input.language, clock.now()),
  };
}

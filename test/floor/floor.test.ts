import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../support/temp-store';
import { demoFloor, floorDriver, HandClock } from './floor-driver';

let store: TempStore;
let clock: HandClock;
let call: ReturnType<typeof floorDriver>;
let demo: Awaited<ReturnType<typeof demoFloor>>;

const START = Date.parse('2026-03-10T14:00:00Z');

beforeEach(async () => {
  store = await openTempStore();
  clock = new HandClock(START);
  call = floorDriver(store.db, clock);
  demo = await demoFloor(store.db);
});
afterEach(() => store.close());

const session = () => ({ sessionId: demo.sessionId });
const queueCodes = async () => {
  const state = await call('floor.state', session());
  return state.queue.map((q) => {
    const code = ['MEX', 'COL', 'CAN', 'BRA', 'CRI', 'URY', 'ARG'].find((c) => demo.org(c) === q.organizationId);
    return `${q.kind}:${code ?? (q.organizationId === demo.observer ? 'observer' : '?')}`;
  });
};

describe('opening an item', () => {
  it('fills the queue from the list in its order, without the withdrawn', async () => {
    await store.call('speakers.update', { id: demo.speakerOf('CAN'), patch: { status: 'withdrawn' } });
    const state = await call('floor.openItem', { ...session(), itemId: demo.dialogueId });
    expect(state.itemId).toBe(demo.dialogueId);
    expect(state.current).toBeNull();
    expect(await queueCodes()).toEqual(['speaker:MEX', 'speaker:COL', 'speaker:BRA', 'speaker:CRI']);
  });

  it('is refused while someone has the floor', async () => {
    await call('floor.openItem', { ...session(), itemId: demo.dialogueId });
    await call('floor.give', session());
    await expect(call('floor.openItem', { ...session(), itemId: demo.panelId })).rejects.toThrow(
      /someone has the floor/,
    );
  });
});

describe('giving the floor and ending', () => {
  beforeEach(async () => {
    await call('floor.openItem', { ...session(), itemId: demo.dialogueId });
  });

  it('gives the next in the queue, counts from stored instants, and records the speech on end', async () => {
    const given = await call('floor.give', session());
    expect(given.current).toMatchObject({
      speakerId: demo.speakerOf('MEX'),
      organizationId: demo.org('MEX'),
      role: 'delegation',
      kind: 'speaker',
      startedAt: '2026-03-10T14:00:00.000Z',
      elapsedSeconds: 0,
      allottedSeconds: 300,
      paused: false,
    });
    expect(given.queue).toHaveLength(4);
    clock.advance(95.4);
    expect((await call('floor.state', session())).current?.elapsedSeconds).toBe(95);
    const ended = await call('floor.end', session());
    expect(ended.current).toBeNull();
    expect(ended.record).toEqual([
      expect.objectContaining({
        speakerId: demo.speakerOf('MEX'),
        kind: 'speaker',
        startedAt: '2026-03-10T14:00:00.000Z',
        endedAt: '2026-03-10T14:01:35.400Z',
        spokenSeconds: 95,
      }),
    ]);
    const mex = await store.call<{ status: string }>('speakers.get', { id: demo.speakerOf('MEX') });
    expect(mex.status).toBe('spoke');
  });

  it('does not count pauses', async () => {
    await call('floor.give', session());
    clock.advance(30);
    const paused = await call('floor.pause', session());
    expect(paused.current).toMatchObject({ elapsedSeconds: 30, paused: true });
    clock.advance(600);
    expect((await call('floor.state', session())).current?.elapsedSeconds).toBe(30);
    await expect(call('floor.pause', session())).rejects.toThrow(/already paused/);
    await call('floor.resume', session());
    clock.advance(10);
    expect((await call('floor.end', session())).record[0]?.spokenSeconds).toBe(40);
  });

  it('giving the floor to the next ends the speech of whoever had it', async () => {
    await call('floor.give', session());
    clock.advance(60);
    const next = await call('floor.give', session());
    expect(next.current?.speakerId).toBe(demo.speakerOf('COL'));
    expect(next.record.map((r) => [r.speakerId, r.spokenSeconds])).toEqual([[demo.speakerOf('MEX'), 60]]);
  });

  it('gives the floor past the queue to a named speaker, who leaves the queue', async () => {
    const state = await call('floor.give', { ...session(), speakerId: demo.speakerOf('BRA') });
    expect(state.current?.speakerId).toBe(demo.speakerOf('BRA'));
    expect(await queueCodes()).toEqual(['speaker:MEX', 'speaker:COL', 'speaker:CAN', 'speaker:CRI']);
  });

  it('skips a speaker withdrawn on the list after the item was opened', async () => {
    await store.call('speakers.update', { id: demo.speakerOf('MEX'), patch: { status: 'withdrawn' } });
    expect(await queueCodes()).toEqual(['speaker:COL', 'speaker:CAN', 'speaker:BRA', 'speaker:CRI']);
    expect((await call('floor.give', session())).current?.speakerId).toBe(demo.speakerOf('COL'));
  });

  it('refuses ending or pausing when nobody has the floor, and giving from an empty queue', async () => {
    await expect(call('floor.end', session())).rejects.toThrow(/nobody has the floor/);
    await expect(call('floor.pause', session())).rejects.toThrow(/nobody has the floor/);
    for (let i = 0; i < 5; i++) await call('floor.give', session());
    await call('floor.end', session());
    await expect(call('floor.give', session())).rejects.toThrow(/queue is empty/);
  });
});

describe('requests', () => {
  beforeEach(async () => {
    await call('floor.openItem', { ...session(), itemId: demo.dialogueId });
  });

  it('places a speaker by the item rule: a delegation before observers, a right of reply after the list', async () => {
    await call('floor.request', {
      ...session(),
      itemId: demo.dialogueId,
      kind: 'rightOfReply',
      organizationId: demo.org('COL'),
    });
    await call('floor.request', {
      ...session(),
      itemId: demo.dialogueId,
      kind: 'speaker',
      organizationId: demo.observer,
    });
    const state = await call('floor.request', {
      ...session(),
      itemId: demo.dialogueId,
      kind: 'speaker',
      organizationId: demo.org('URY'),
    });
    expect(await queueCodes()).toEqual([
      'speaker:MEX',
      'speaker:COL',
      'speaker:CAN',
      'speaker:BRA',
      'speaker:CRI',
      'speaker:URY',
      'speaker:observer',
      'rightOfReply:COL',
    ]);
    // the request inscribed Uruguay on the item's list, as asking for the floor
    const uruguay = state.queue.find((q) => q.organizationId === demo.org('URY'))!;
    const row = await store.call<{ status: string; role: string; allottedMinutes: number }>('speakers.get', {
      id: uruguay.speakerId,
    });
    expect(row).toMatchObject({ status: 'requested', role: 'delegation', allottedMinutes: 3 });
    // a second pending request of the same delegation is refused
    await expect(
      call('floor.request', {
        ...session(),
        itemId: demo.dialogueId,
        kind: 'speaker',
        organizationId: demo.org('URY'),
      }),
    ).rejects.toThrow(/duplicate|already on the list/);
  });

  it('a point of order goes to the top, after earlier points of order', async () => {
    await call('floor.request', {
      ...session(),
      itemId: demo.dialogueId,
      kind: 'pointOfOrder',
      organizationId: demo.org('BRA'),
    });
    await call('floor.request', {
      ...session(),
      itemId: demo.dialogueId,
      kind: 'pointOfOrder',
      organizationId: demo.org('CAN'),
    });
    expect((await queueCodes()).slice(0, 3)).toEqual(['pointOfOrder:BRA', 'pointOfOrder:CAN', 'speaker:MEX']);
  });

  it('a point of order suspends the speaker; ending it gives the floor back with the clock going on', async () => {
    await call('floor.give', session());
    clock.advance(100);
    await call('floor.request', {
      ...session(),
      itemId: demo.dialogueId,
      kind: 'pointOfOrder',
      organizationId: demo.org('BRA'),
    });
    // raising it does not stop the speaker; hearing it does
    expect((await call('floor.state', session())).current?.paused).toBe(false);
    clock.advance(5);
    const heard = await call('floor.give', session());
    expect(heard.current).toMatchObject({
      kind: 'pointOfOrder',
      organizationId: demo.org('BRA'),
      speakerId: null,
      allottedSeconds: null,
    });
    expect(heard.suspended).toMatchObject({ speakerId: demo.speakerOf('MEX'), elapsedSeconds: 105, paused: true });
    clock.advance(45);
    // the floor cannot go past the interrupted speaker while the point of order is heard
    await expect(call('floor.give', session())).rejects.toThrow(/point of order is being heard/);
    expect((await call('floor.state', session())).suspended?.elapsedSeconds).toBe(105);
    const back = await call('floor.end', session());
    expect(back.suspended).toBeNull();
    expect(back.current).toMatchObject({ speakerId: demo.speakerOf('MEX'), elapsedSeconds: 105, paused: false });
    expect(back.record).toEqual([
      expect.objectContaining({ kind: 'pointOfOrder', spokenSeconds: 45, role: 'delegation' }),
    ]);
    clock.advance(15);
    const done = await call('floor.end', session());
    expect(done.record.map((r) => [r.kind, r.spokenSeconds])).toEqual([
      ['speaker', 120],
      ['pointOfOrder', 45],
    ]);
  });

  it('a pause the chair made before a point of order stays after it', async () => {
    await call('floor.give', session());
    clock.advance(20);
    await call('floor.pause', session());
    await call('floor.request', {
      ...session(),
      itemId: demo.dialogueId,
      kind: 'pointOfOrder',
      organizationId: demo.org('BRA'),
    });
    await call('floor.give', session());
    clock.advance(30);
    const back = await call('floor.end', session());
    expect(back.current).toMatchObject({ elapsedSeconds: 20, paused: true });
  });

  it('points of order and replies are only for the open item; a speaker may be inscribed on another', async () => {
    await expect(
      call('floor.request', {
        ...session(),
        itemId: demo.panelId,
        kind: 'pointOfOrder',
        organizationId: demo.org('BRA'),
      }),
    ).rejects.toThrow(/not the item open/);
    const state = await call('floor.request', {
      ...session(),
      itemId: demo.panelId,
      kind: 'speaker',
      organizationId: demo.org('BRA'),
    });
    expect(state.queue).toHaveLength(5);
    const listed = await store.db
      .selectFrom('speakers')
      .select('id')
      .where('agendaItemId', '=', demo.panelId)
      .execute();
    expect(listed).toHaveLength(7);
  });

  it('withdrawing a speaker takes them out of the queue and marks them withdrawn', async () => {
    const opened = await call('floor.state', session());
    const col = opened.queue[1]!;
    const state = await call('floor.withdraw', { ...session(), id: col.id });
    expect(state.queue.map((q) => q.speakerId)).not.toContain(col.speakerId);
    expect((await store.call<{ status: string }>('speakers.get', { id: col.speakerId })).status).toBe('withdrawn');
    await expect(call('floor.withdraw', { ...session(), id: col.id })).rejects.toThrow(/no such request/);
  });
});

describe('the record afterwards', () => {
  it('corrects times (spoken seconds follow, pauses kept out) and adds a speaker who spoke without inscription', async () => {
    await call('floor.openItem', { ...session(), itemId: demo.dialogueId });
    await call('floor.give', session());
    clock.advance(10);
    await call('floor.pause', session());
    clock.advance(20);
    await call('floor.resume', session());
    clock.advance(30);
    const { record } = await call('floor.end', session());
    expect(record[0]?.spokenSeconds).toBe(40);
    const corrected = await call('floor.record.update', {
      ...session(),
      id: record[0]!.id,
      endedAt: '2026-03-10T14:02:00.000Z',
    });
    expect(corrected.record[0]).toMatchObject({ endedAt: '2026-03-10T14:02:00.000Z', spokenSeconds: 100 });
    await expect(
      call('floor.record.update', { ...session(), id: record[0]!.id, endedAt: '2026-03-10T13:00:00Z' }),
    ).rejects.toThrow(/ends before it starts/);

    // a new entry needs its times and someone
    await expect(call('floor.record.update', { ...session(), itemId: demo.dialogueId })).rejects.toThrow(
      /a new entry needs itemId, startedAt, endedAt/,
    );
    const added = await call('floor.record.update', {
      ...session(),
      itemId: demo.dialogueId,
      organizationId: demo.org('URY'),
      startedAt: '2026-03-10T10:05:00-04:00',
      endedAt: '2026-03-10T10:08:00-04:00',
    });
    const uruguay = added.record.find((r) => r.organizationId === demo.org('URY'))!;
    expect(uruguay).toMatchObject({ startedAt: '2026-03-10T14:05:00.000Z', spokenSeconds: 180, role: 'delegation' });
    expect((await store.call<{ status: string }>('speakers.get', { id: uruguay.speakerId })).status).toBe('spoke');
  });
});

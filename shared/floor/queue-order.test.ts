import { describe, expect, it } from 'vitest';
import { spokenMs } from './elapsed';
import { orderQueue } from './queue-order';

describe('the order of the queue', () => {
  it('points of order first as raised, then speakers by the item order, then rights of reply as asked', () => {
    const rank: Record<string, number> = { a: 0, b: 1, c: 2 };
    const queue = [
      { kind: 'rightOfReply' as const, speakerId: null, position: 0, name: 'reply1' },
      { kind: 'speaker' as const, speakerId: 'c', position: 1, name: 'c' },
      { kind: 'pointOfOrder' as const, speakerId: null, position: 2, name: 'poo1' },
      { kind: 'speaker' as const, speakerId: 'a', position: 3, name: 'a' },
      { kind: 'rightOfReply' as const, speakerId: null, position: 4, name: 'reply2' },
      { kind: 'pointOfOrder' as const, speakerId: null, position: 5, name: 'poo2' },
      { kind: 'speaker' as const, speakerId: 'b', position: 6, name: 'b' },
    ];
    expect(orderQueue(queue, (id) => rank[id]!).map((q) => q.name)).toEqual([
      'poo1',
      'poo2',
      'a',
      'b',
      'c',
      'reply1',
      'reply2',
    ]);
  });
});

describe('spoken time', () => {
  it('leaves out pauses, an open one up to now', () => {
    const pauses = [
      { pausedAt: 10_000, resumedAt: 20_000 },
      { pausedAt: 50_000, resumedAt: null },
    ];
    expect(spokenMs(0, 40_000, pauses)).toBe(30_000);
    expect(spokenMs(0, 80_000, pauses)).toBe(40_000);
  });

  it('counts only the part of a pause inside the speech (a corrected start or end)', () => {
    expect(spokenMs(15_000, 60_000, [{ pausedAt: 10_000, resumedAt: 20_000 }])).toBe(40_000);
    expect(spokenMs(0, 5_000, [{ pausedAt: 10_000, resumedAt: 20_000 }])).toBe(5_000);
  });
});

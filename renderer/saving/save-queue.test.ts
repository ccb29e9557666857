import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure, apiError } from '../../shared/api/errors';
import { Later, SaveQueue } from './save-queue';

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('works out a Later value when the save goes, and leaves out one that answers undefined', async () => {
    const queue = new SaveQueue(400);
    const send = vi.fn(async () => undefined);
    let content = 'first';
    const build = vi.fn(() => content);
    queue.schedule('documentVersions:1', { content: new Later(build) }, send);
    queue.schedule('documentVersions:1', { content: new Later(build) }, send);
    content = 'last';
    expect(build).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(build).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ content: 'last' });

    queue.schedule('documentVersions:1', { controlNumber: 'X', content: new Later(() => undefined) }, send);
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenLastCalledWith({ controlNumber: 'X' });
    queue.schedule('documentVersions:1', { content: new Later(() => undefined) }, send);
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenCalledTimes(2);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('merges the edits of one record and sends them once, after the delay', async () => {
    const queue = new SaveQueue(400);
    const send = vi.fn(async () => undefined);
    queue.schedule('sessions:1', { room: 'A' }, send);
    queue.schedule('sessions:1', { room: 'AB', status: 'draft' }, send);
    expect(queue.getSnapshot().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(399);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ room: 'AB', status: 'draft' });
    await vi.runAllTimersAsync();
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('flush sends everything at once and resolves when it is stored', async () => {
    const queue = new SaveQueue(400);
    const stored: string[] = [];
    queue.schedule('a', { x: 1 }, async () => void stored.push('a'));
    queue.schedule('b', { x: 2 }, async () => void stored.push('b'));
    await queue.flush();
    expect(stored.sort()).toEqual(['a', 'b']);
    expect(queue.busy).toBe(false);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('keeps the saves of one record in order', async () => {
    const queue = new SaveQueue(10);
    const order: string[] = [];
    let release!: () => void;
    queue.schedule('k', { v: 1 }, () => new Promise<void>((r) => (release = () => (order.push('first'), r()))));
    await vi.advanceTimersByTimeAsync(10);
    queue.schedule('k', { v: 2 }, async () => void order.push('second'));
    await vi.advanceTimersByTimeAsync(10);
    expect(order).toEqual([]);
    release();
    await queue.flush();
    expect(order).toEqual(['first', 'second']);
  });

  it('shows a failed background save until that record saves again; a refused run is the caller’s to show', async () => {
    const queue = new SaveQueue(10);
    queue.schedule('k', { v: 1 }, async () => {
      throw new ApiFailure(apiError('validation'));
    });
    await queue.flush();
    expect(queue.getSnapshot()).toEqual({ status: 'error', error: apiError('validation') });
    queue.schedule('k', { v: 2 }, async () => undefined);
    await queue.flush();
    expect(queue.getSnapshot().status).toBe('saved');

    await expect(
      queue.run('create', async () => {
        throw new ApiFailure(apiError('duplicate'));
      }),
    ).rejects.toBeInstanceOf(ApiFailure);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it.each(['disk_full', 'read_only', 'cannot_open', 'internal'] as const)(
    'never says saved after a write the disk did not take (%s), until that record saves again',
    async (code) => {
      const queue = new SaveQueue(10);
      await expect(
        queue.run('delete:1', async () => {
          throw new ApiFailure(apiError(code));
        }),
      ).rejects.toBeInstanceOf(ApiFailure);
      await queue.flush();
      expect(queue.getSnapshot()).toEqual({ status: 'error', error: apiError(code) });
      await queue.run('other', async () => undefined);
      await queue.flush();
      expect(queue.getSnapshot().status).toBe('error');
      await queue.run('delete:1', async () => undefined);
      await queue.flush();
      expect(queue.getSnapshot()).toEqual({ status: 'saved', error: null });
    },
  );

  it('sends a waiting edit before a write of the same key', async () => {
    const queue = new SaveQueue(400);
    const order: string[] = [];
    queue.schedule('item', { title: 'x' }, async () => void order.push('rename'));
    await queue.run('item', async () => void order.push('delete'));
    expect(order).toEqual(['rename', 'delete']);
  });

  it('says "invalid", never "saved", while a field holds a value it does not send', async () => {
    const queue = new SaveQueue(400);
    queue.hold('date-field');
    expect(queue.getSnapshot().status).toBe('invalid');
    queue.schedule('sessions:1', { room: 'A' }, async () => undefined);
    expect(queue.getSnapshot().status).toBe('pending');
    await vi.runAllTimersAsync();
    expect(queue.getSnapshot().status).toBe('invalid');
    queue.release('date-field');
    expect(queue.getSnapshot().status).toBe('saved');
  });
});

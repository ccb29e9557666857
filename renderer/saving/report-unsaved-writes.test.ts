import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../shared/api/client';
import { apiError, type ErrorCode } from '../../shared/api/errors';
import { reportUnsavedWrites } from './report-unsaved-writes';
import { SaveQueue } from './save-queue';

/** A client whose every call fails with `code` until `code` is set to null. */
function clientFailingWith(state: { code: ErrorCode | null }) {
  return createApiClient(async () =>
    state.code ? { ok: false, error: apiError(state.code) } : { ok: true, value: { sessionId: 'x' } },
  );
}

describe('reportUnsavedWrites', () => {
  it('turns the indicator to "not saved" when a write outside the queue hits a full disk, until it succeeds', async () => {
    const queue = new SaveQueue();
    const state: { code: ErrorCode | null } = { code: 'disk_full' };
    const client = reportUnsavedWrites(clientFailingWith(state), queue);
    await expect(client.call('demo.create', {})).rejects.toThrow();
    expect(queue.getSnapshot()).toEqual({ status: 'error', error: apiError('disk_full') });
    state.code = null;
    await client.call('demo.create', {});
    expect(queue.getSnapshot()).toEqual({ status: 'saved', error: null });
  });

  it('leaves refused inputs and failed reads to the screen', async () => {
    const queue = new SaveQueue();
    const refused = reportUnsavedWrites(clientFailingWith({ code: 'validation' }), queue);
    await expect(refused.call('demo.create', {})).rejects.toThrow();
    const read = reportUnsavedWrites(clientFailingWith({ code: 'disk_full' }), queue);
    await expect(read.call('sessions.list', {})).rejects.toThrow();
    expect(queue.getSnapshot().status).toBe('saved');
  });
});

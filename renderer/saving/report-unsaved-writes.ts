import type { ApiClient } from '../../shared/api/client';
import { contract } from '../../shared/api/contract';
import { toApiError } from '../api/api-error';
import { isNotSaved, type SaveQueue } from './save-queue';

/**
 * The page's client, with every write watched: a write the disk did not take (full, read-only) or
 * that failed inside turns the header's indicator to "Not saved", whichever screen made it, until the
 * same procedure succeeds. Refused inputs stay the screen's to show.
 */
export function reportUnsavedWrites(client: ApiClient, queue: SaveQueue): ApiClient {
  const call = async (name: Parameters<ApiClient['call']>[0], input: unknown): Promise<unknown> => {
    if (contract[name].kind !== 'mutation') return client.call(name, input as never);
    const key = `write:${name}`;
    try {
      const value = await client.call(name, input as never);
      queue.noteWrite(key, null);
      return value;
    } catch (error) {
      const failure = toApiError(error);
      if (isNotSaved(failure)) queue.noteWrite(key, failure);
      throw error;
    }
  };
  return { call: call as ApiClient['call'] };
}

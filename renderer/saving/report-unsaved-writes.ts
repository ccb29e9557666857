import type { ApiClient } from '../../shared/api/client';
import { contract, type ProcedureName } from '../../shared/api/contract';
import { toApiError } from '../api/api-error';
import { isNotSaved, type SaveQueue } from './save-queue';

/**
 * The page's client, with every write watched: a write the disk did not take (full, read-only) or
 * that failed inside turns the header's indicator to "Not saved", whichever screen made it, until the
 * same procedure succeeds. Refused inputs stay the screen's to show.
 */
export function reportUnsavedWrites(client: ApiClient, queue: SaveQueue): ApiClient {
  const watch = async <T>(name: ProcedureName, send: () => Promise<T>): Promise<T> => {
    if (contract[name].kind !== 'mutation') return send();
    const key = `write:${name}`;
    try {
      const value = await send();
      queue.noteWrite(key, null);
      return value;
    } catch (error) {
      const failure = toApiError(error);
      if (isNotSaved(failure)) queue.noteWrite(key, failure);
      throw error;
    }
  };
  const call: ApiClient['call'] = (name, input) => watch(name, () => client.call(name, input));
  // a sending records itself and answers files: watched as any other write
  const deliver: ApiClient['deliver'] = (name, input) => watch(name, () => client.deliver(name, input));
  const upload: ApiClient['upload'] = (name, input, file) => watch(name, () => client.upload(name, input, file));
  return { call, deliver, upload };
}

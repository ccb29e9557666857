import { apiError, type Result } from '../../shared/api/errors';
import { FILES_ELSEWHERE, isFileProcedure } from '../../shared/api/file-outputs';
import type { Api } from '../services/api';
import { isTrustedSender } from './security';

/** What the IPC adapter knows of the frame a message came from; null when the frame is gone. */
export interface SenderInfo {
  url: string;
  isTopFrame: boolean;
}

/**
 * One API call that arrived over IPC: answered only for the top frame of a page of our own origin,
 * and only with a string procedure name. The api validates the input itself.
 */
export async function handleIpcCall(
  api: Pick<Api, 'call'>,
  sender: SenderInfo | null | undefined,
  name: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!sender || sender.isTopFrame !== true || !isTrustedSender(sender.url)) {
    return { ok: false, error: apiError('unauthorized') };
  }
  if (typeof name !== 'string') return { ok: false, error: apiError('unknown_procedure') };
  if (isFileProcedure(name)) return FILES_ELSEWHERE;
  try {
    return await api.call(name, input);
  } catch {
    return { ok: false, error: apiError('internal') };
  }
}

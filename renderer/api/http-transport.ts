import type { Transport } from '../../shared/api/client';
import type { Result } from '../../shared/api/errors';

/** Browsers allow 64 KiB of keepalive bodies in flight at once; larger calls go without. */
const KEEPALIVE_LIMIT = 16_000;

export interface HttpTransportOptions {
  /** The token of this run of the host; sent as a bearer token. */
  getToken: () => string | null;
  fetch?: typeof fetch;
  /** Prefix of the procedure URLs; the host serves them at /api/<procedure>. */
  baseUrl?: string;
}

/**
 * Carries a call to the loopback HTTP host: POST /api/<procedure> with the input as JSON. The host
 * always answers a JSON Result, also for 401 and 403; anything else (no JSON, network down) rejects,
 * which the client turns into an `internal` error.
 */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const baseUrl = options.baseUrl ?? '/api/';
  return async (name, input) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    const body = JSON.stringify(input ?? {});
    const response = await doFetch(`${baseUrl}${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body,
      // A small call outlives the page, so an edit flushed while the tab closes still arrives.
      keepalive: body.length < KEEPALIVE_LIMIT,
      credentials: 'omit',
      cache: 'no-store',
    });
    const answer: unknown = await response.json();
    if (typeof answer !== 'object' || answer === null || typeof (answer as { ok?: unknown }).ok !== 'boolean') {
      throw new Error(`not a Result (HTTP ${response.status})`);
    }
    return answer as Result<unknown>;
  };
}

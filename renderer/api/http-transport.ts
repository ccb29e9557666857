import type { Transport } from '../../shared/api/client';
import type { Result } from '../../shared/api/errors';

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
    const response = await doFetch(`${baseUrl}${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
      credentials: 'omit',
      cache: 'no-store',
    });
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || typeof (body as { ok?: unknown }).ok !== 'boolean') {
      throw new Error(`not a Result (HTTP ${response.status})`);
    }
    return body as Result<unknown>;
  };
}

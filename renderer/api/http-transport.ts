import type { FileTransport, Transport, UploadTransport } from '../../shared/api/client';
import type { Result } from '../../shared/api/errors';
import type { Delivered } from '../../shared/api/file-outputs';

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
 * POSTs the input as JSON with the token. The host always answers a JSON Result, also for 401 and
 * 403; anything else (no JSON, network down) rejects, which the client turns into an `internal` error.
 */
function poster(options: HttpTransportOptions, baseUrl: string) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return async (name: string, input: unknown): Promise<Result<unknown>> => {
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
    return readResult(response);
  };
}

async function readResult(response: Response): Promise<Result<unknown>> {
  const answer: unknown = await response.json();
  if (typeof answer !== 'object' || answer === null || typeof (answer as { ok?: unknown }).ok !== 'boolean') {
    throw new Error(`not a Result (HTTP ${response.status})`);
  }
  return answer as Result<unknown>;
}

/**
 * Carries an upload to the host as it is: POST /upload/<procedure> with the file as the binary body
 * and the rest of the input as JSON in `?input=`; no base64 on the wire.
 */
export function createHttpUploadTransport(options: HttpTransportOptions): UploadTransport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return async (name, input, file) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    const query = new URLSearchParams({ input: JSON.stringify(input) });
    const response = await doFetch(`/upload/${encodeURIComponent(name)}?${query}`, {
      method: 'POST',
      headers,
      body: file,
      credentials: 'omit',
      cache: 'no-store',
    });
    return readResult(response);
  };
}

/** Carries a call to the loopback HTTP host: POST /api/<procedure>. */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  return poster(options, options.baseUrl ?? '/api/');
}

/** Has the browser download a file from the host: a link it follows itself, so the bytes never pass through script. */
export function followDownload(href: string, fileName: string, doc: Document = document): void {
  const link = doc.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
}

/**
 * Carries a file procedure (an export) to the host: POST /files/<procedure>; main keeps each file for
 * one download and answers where; the browser then downloads each as binary (GET /download/<handle>).
 */
export function createHttpFileTransport(
  options: HttpTransportOptions & { download?: (href: string, fileName: string) => void },
): FileTransport {
  const post = poster(options, '/files/');
  const download = options.download ?? followDownload;
  return async (name, input) => {
    const result = (await post(name, input)) as Result<Delivered>;
    if (result.ok) for (const file of result.value.files) if (file.href) download(file.href, file.fileName);
    return result;
  };
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiError, type Result } from '../../shared/api/errors';
import { MAX_SESSION_FILE_BASE64 } from '../../shared/api/safety-procedures';
import { MAX_DOCX_BASE64_CHARS } from '../../shared/api/translation-procedures';
import { CONTENT_SECURITY_POLICY } from '../electron/security';
import type { Api } from '../services/api';
import { deliverFiles } from '../services/deliver-files';
import { Downloads, sendDownload } from './downloads';
import { FILES_ELSEWHERE, isFileProcedure } from '../../shared/api/file-outputs';
import { isUploadName } from '../../shared/api/client';
import { hasToken, isAllowedHost, isAllowedOrigin, newToken, type Guard } from './request-guard';
import { contentTypeOf, readStaticFile, resolveStaticPath } from './static-files';

export interface HostOptions {
  api: Api;
  /** The built renderer (out/renderer); null serves the API only. */
  rendererRoot: string | null;
  /** 0 picks a free port. */
  port: number;
  /** Largest request body; MAX_BODY_BYTES (tests set a small one). */
  maxBodyBytes?: number;
}

export interface Host {
  /** The address to open, with the token in the fragment (never sent to the server, never logged). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The largest input the contract accepts (a session file as base64, a Word file as base64) and its
 * JSON envelope: every input the contract allows fits, so a refusal comes from the contract's own
 * limit, which names the field, never from the carrier.
 */
export const MAX_BODY_BYTES = Math.max(MAX_SESSION_FILE_BASE64, MAX_DOCX_BASE64_CHARS) + 1024 * 1024;

const JSON_TYPE = /^application\/json\b/;
const BINARY = /^application\/octet-stream\b/;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

const refuse = (res: http.ServerResponse, status: number, code: Parameters<typeof apiError>[0]) =>
  send(res, status, { ok: false, error: apiError(code) });

/**
 * Reads a request body up to `max` bytes. Past it (or when Content-Length says so at once) it answers
 * null at once, while the rest is read and dropped, so that the client gets the 413 and not a
 * connection reset; a client that keeps sending past a second `max` is cut off.
 */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflowed = false;
    const overflow = () => {
      overflowed = true;
      chunks.length = 0;
      resolve(null);
    };
    if (Number(req.headers['content-length'] ?? 0) > max) overflow();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (overflowed) {
        if (size > 2 * max) req.destroy();
      } else if (size > max) overflow();
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(overflowed ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The body of a call: a POST with the token, of the content type the route takes, within the limit;
 * undefined when refused (answered).
 */
async function readPost(
  guard: Guard,
  maxBodyBytes: number,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  contentType: RegExp,
): Promise<Buffer | undefined> {
  if (req.method !== 'POST') return void refuse(res, 405, 'validation');
  if (!hasToken(guard, req.headers.authorization)) return void refuse(res, 401, 'unauthorized');
  if (!contentType.test(req.headers['content-type'] ?? '')) return void refuse(res, 415, 'validation');
  const body = await readBody(req, maxBodyBytes);
  if (body === null) {
    res.setHeader('Connection', 'close');
    return void send(res, 413, {
      ok: false,
      error: apiError('over_limit', [{ path: 'body', message: `the request is larger than ${maxBodyBytes} bytes` }]),
    });
  }
  return body;
}

/** JSON text as a call's input (empty is `{}`); undefined when it is not JSON (answered). */
function parseInput(text: string, res: http.ServerResponse): unknown {
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    return refuse(res, 400, 'validation');
  }
}

/**
 * An upload (a file the user picked): the file is the binary body, the rest of the input JSON in
 * `?input=`; the contract gets the file's bytes as its `base64`, encoded here in main.
 */
async function handleUpload(api: Api, body: Buffer, search: URLSearchParams, res: http.ServerResponse, name: string) {
  if (!isUploadName(name)) return send(res, 200, { ok: false, error: apiError('unknown_procedure') });
  const rest = parseInput(search.get('input') ?? '', res);
  if (rest === undefined) return;
  if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) return refuse(res, 400, 'validation');
  send(res, 200, await api.call(name, { ...rest, base64: body.toString('base64') }));
}

/** Where the carrier's routes go: /api/<procedure>, /files/<file procedure>, /upload/<procedure>, /download/<handle>. */
const ROUTE = /^\/(api|files|upload|download)\/([A-Za-z0-9.]+)$/;

/**
 * A file procedure (an export) for the tab: main makes the files and keeps each for one download; the
 * answer is JSON without bytes, each file with the address the tab downloads it from as binary.
 */
async function handleFiles(api: Api, downloads: Downloads, input: unknown, res: http.ServerResponse, name: string) {
  const result = await deliverFiles(api, name, input, async (file) => ({
    outcome: 'downloaded',
    href: downloads.offer(file),
  }));
  send(res, 200, result);
}

function handleDownload(downloads: Downloads, req: http.IncomingMessage, res: http.ServerResponse, handle: string) {
  if (req.method !== 'GET') return refuse(res, 405, 'validation');
  const file = downloads.take(handle);
  if (!file) return refuse(res, 404, 'not_found');
  sendDownload(res, SECURITY_HEADERS, file);
}

function handleStatic(root: string | null, req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'validation');
  const file = root ? resolveStaticPath(root, pathname) : null;
  const content = file ? readStaticFile(file) : null;
  if (!file || !content) return refuse(res, 404, 'not_found');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeOf(file),
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : content);
}

/** The browser mode's carrier of the contract: loopback only, a fresh token per run, Host and Origin checked. */
export function startHttpHost(options: HostOptions): Promise<Host> {
  const guard: Guard = { token: newToken(), port: 0 };
  const downloads = new Downloads();
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const route = async (req: http.IncomingMessage, res: http.ServerResponse, kind: string, name: string, url: URL) => {
    if (kind === 'download') return handleDownload(downloads, req, res, name);
    const body = await readPost(guard, maxBodyBytes, req, res, kind === 'upload' ? BINARY : JSON_TYPE);
    if (body === undefined) return;
    if (kind === 'upload') return handleUpload(options.api, body, url.searchParams, res, name);
    const input = parseInput(body.toString('utf8'), res);
    if (input === undefined) return;
    if (kind === 'files') return handleFiles(options.api, downloads, input, res, name);
    send(res, 200, isFileProcedure(name) ? FILES_ELSEWHERE : await options.api.call(name, input));
  };
  const server = http.createServer((req, res) => {
    if (!isAllowedHost(guard, req.headers.host) || !isAllowedOrigin(guard, req.headers.origin)) {
      return refuse(res, 403, 'unauthorized');
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const match = ROUTE.exec(url.pathname);
    const handled =
      match?.[1] && match[2]
        ? route(req, res, match[1], match[2], url)
        : Promise.resolve(handleStatic(options.rendererRoot, req, res, url.pathname));
    handled.catch(() => {
      if (!res.headersSent) refuse(res, 500, 'internal');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      guard.port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${guard.port}/#token=${guard.token}`,
        port: guard.port,
        token: guard.token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

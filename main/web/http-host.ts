import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiError, type Result } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../electron/security';
import type { Api } from '../services/api';
import { hasToken, isAllowedHost, isAllowedOrigin, newToken, type Guard } from './request-guard';
import { contentTypeOf, readStaticFile, resolveStaticPath } from './static-files';

export interface HostOptions {
  api: Api;
  /** The built renderer (out/renderer); null serves the API only. */
  rendererRoot: string | null;
  /** 0 picks a free port. */
  port: number;
}

export interface Host {
  /** The address to open, with the token in the fragment (never sent to the server, never logged). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Large enough for a 100-page concept paper with its footnotes as JSON. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

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

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(api: Api, guard: Guard, req: http.IncomingMessage, res: http.ServerResponse, name: string) {
  if (req.method !== 'POST') return refuse(res, 405, 'validation');
  if (!hasToken(guard, req.headers.authorization)) return refuse(res, 401, 'unauthorized');
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return refuse(res, 415, 'validation');
  const text = await readBody(req);
  if (text === null) return refuse(res, 413, 'validation');
  let input: unknown;
  try {
    input = text === '' ? {} : JSON.parse(text);
  } catch {
    return refuse(res, 400, 'validation');
  }
  send(res, 200, await api.call(name, input));
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
  const server = http.createServer((req, res) => {
    if (!isAllowedHost(guard, req.headers.host) || !isAllowedOrigin(guard, req.headers.origin)) {
      return refuse(res, 403, 'unauthorized');
    }
    const { pathname } = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const apiMatch = /^\/api\/([A-Za-z.]+)$/.exec(pathname);
    const handled = apiMatch?.[1]
      ? handleApi(options.api, guard, req, res, apiMatch[1])
      : Promise.resolve(handleStatic(options.rendererRoot, req, res, pathname));
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

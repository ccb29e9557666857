import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SESSION_FILE_BASE64, SessionFileBase64Schema } from '../../shared/api/safety-procedures';
import { MAX_BODY_BYTES, startHttpHost, type Host } from '../../main/web/http-host';
import { openTempStore, type TempStore } from '../support/temp-store';

const CAP = 64 * 1024;
let store: TempStore;
let host: Host;

beforeAll(async () => {
  store = await openTempStore();
  host = await startHttpHost({ api: store.api, rendererRoot: null, port: 0, maxBodyBytes: CAP });
});
afterAll(async () => {
  await host.close();
  await store.close();
});

/** A raw POST whose body is written in chunks, as a browser uploads a large file; `declare` sets Content-Length. */
function post(bytes: number, declare: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/api/sessionFiles.inspect',
        method: 'POST',
        headers: {
          host: `127.0.0.1:${host.port}`,
          'content-type': 'application/json',
          authorization: `Bearer ${host.token}`,
          ...(declare ? { 'content-length': String(bytes) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(16 * 1024, 'A');
    let left = bytes;
    const write = () => {
      while (left > 0) {
        const piece = chunk.subarray(0, Math.min(chunk.length, left));
        left -= piece.length;
        if (!req.write(piece)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('the HTTP host and a body over its cap', () => {
  for (const declare of [true, false]) {
    it(`answers 413 with a JSON error, not a connection reset (${declare ? 'Content-Length' : 'chunked'})`, async () => {
      const { status, body } = await post(CAP * 64, declare);
      expect(status).toBe(413);
      expect(JSON.parse(body)).toEqual({
        ok: false,
        error: {
          code: 'over_limit',
          messageKey: 'errors.over_limit',
          issues: [{ path: 'body', message: `the request is larger than ${CAP} bytes` }],
        },
      });
    });
  }

  it('still serves the next request', async () => {
    await post(CAP * 1.5, true);
    const { status } = await post(2, true); // "AA": not JSON, refused as such, so the host read it
    expect(status).toBe(400);
  });

  it("is above the contract's largest input, a session file as base64 with its JSON envelope", () => {
    expect(SessionFileBase64Schema.safeParse('A'.repeat(MAX_SESSION_FILE_BASE64)).success).toBe(true);
    const envelope = JSON.stringify({ base64: '', onConflict: 'keep-both' }).length;
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(MAX_SESSION_FILE_BASE64 + envelope);
  });
});

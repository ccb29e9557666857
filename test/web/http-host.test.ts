import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type Host } from '../../main/web/http-host';
import { openTempStore, type TempStore } from '../support/temp-store';

let store: TempStore;
let host: Host;
let root: string;

/** A raw request, so that Host and Origin can be set to what a browser would never send by itself. */
function request(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const ownHost = () => `127.0.0.1:${host.port}`;
const apiCall = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  request({
    path: `/api/${name}`,
    method: 'POST',
    headers: { host: ownHost(), 'content-type': 'application/json', authorization: `Bearer ${host.token}`, ...headers },
    body: JSON.stringify(input),
  });

beforeAll(async () => {
  store = await openTempStore();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-renderer-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Session Desk</title>');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, '..', 'session-desk-secret.txt'), 'secret');
  host = await startHttpHost({ api: store.api, rendererRoot: root, port: 0 });
});
afterAll(async () => {
  await host.close();
  await store.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(root, '..', 'session-desk-secret.txt'), { force: true });
});

describe('the browser-mode host', () => {
  it('listens on loopback and hands out a long random token in the URL fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/);
  });

  it('answers a call with the right token', async () => {
    const res = await apiCall('sessions.list', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses a call without a token, or with a wrong one, and changes nothing', async () => {
    const before = await store.dump();
    const input = { bodyId: crypto.randomUUID(), title: { en: 'x', es: '', fr: '', pt: '' } };
    const none = await request({
      path: '/api/sessions.create',
      method: 'POST',
      headers: { host: ownHost(), 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const wrong = await apiCall('sessions.create', input, { authorization: `Bearer ${'0'.repeat(48)}` });
    const malformed = await apiCall('sessions.create', input, { authorization: host.token });
    for (const res of [none, wrong, malformed]) {
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', messageKey: 'errors.unauthorized' },
      });
    }
    expect(await store.dump()).toBe(before);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const res = await apiCall('sessions.list', {}, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    const sameHostOtherPort = await apiCall('sessions.list', {}, { origin: 'http://127.0.0.1:1' });
    expect(sameHostOtherPort.status).toBe(403);
    const own = await apiCall('sessions.list', {}, { origin: `http://${ownHost()}` });
    expect(own.status).toBe(200);
  });

  it('refuses a Host header that is not loopback (DNS rebinding), for the API and the files', async () => {
    for (const badHost of [
      'evil.example',
      `evil.example:${host.port}`,
      `192.168.1.5:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
    ]) {
      expect((await apiCall('sessions.list', {}, { host: badHost })).status).toBe(403);
      expect((await request({ path: '/', headers: { host: badHost } })).status).toBe(403);
    }
    expect((await request({ path: '/', headers: { host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('answers bad JSON, a wrong method or content type with a clear error', async () => {
    const badJson = await request({
      path: '/api/sessions.list',
      method: 'POST',
      headers: { host: ownHost(), 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{',
    });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.code).toBe('validation');
    expect(
      (
        await request({
          path: '/api/sessions.list',
          headers: { host: ownHost(), authorization: `Bearer ${host.token}` },
        })
      ).status,
    ).toBe(405);
    expect((await apiCall('sessions.list', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const unknown = await apiCall('sessions.truncate', {});
    expect(JSON.parse(unknown.body).error.code).toBe('unknown_procedure');
  });

  it('serves the built renderer with the content security policy, and nothing outside it', async () => {
    const index = await request({ path: '/', headers: { host: ownHost() } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.body).toContain('Session Desk');
    const screen = await request({ path: '/sessions/abc', headers: { host: ownHost() } });
    expect(screen.body).toContain('Session Desk');
    const script = await request({ path: '/assets/app.js', headers: { host: ownHost() } });
    expect(script.headers['content-type']).toContain('text/javascript');
    for (const escape of [
      '/../session-desk-secret.txt',
      '/%2e%2e/session-desk-secret.txt',
      '/assets/..%2f..%2fsession-desk-secret.txt',
      '/%2e%2e%5csession-desk-secret.txt',
    ]) {
      const res = await request({ path: escape, headers: { host: ownHost() } });
      expect(res.body).not.toContain('secret');
    }
  });
});

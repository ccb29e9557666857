import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../shared/api/client';
import { ApiFailure, apiError } from '../../shared/api/errors';
import { createHttpTransport } from './http-transport';
import { createIpcTransport, findBridge } from './ipc-transport';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the HTTP transport', () => {
  it('posts the input as JSON to /api/<procedure> with the bearer token', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true, value: [] }));
    const client = createApiClient(createHttpTransport({ getToken: () => 'abc', fetch }));
    await expect(client.call('sessions.list', {})).resolves.toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/sessions.list');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer abc' });
    expect(init.body).toBe('{}');
  });

  it('turns a failed Result (also a 401) into an ApiFailure with its code', async () => {
    const fetch = vi.fn(async () => json(401, { ok: false, error: apiError('unauthorized') }));
    const client = createApiClient(createHttpTransport({ getToken: () => null, fetch }));
    const failure = await client.call('sessions.list', {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error).toEqual({
      code: 'unauthorized',
      messageKey: 'errors.unauthorized',
      issues: [],
    });
  });

  it('sends no Authorization header without a token', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true, value: [] }));
    await createHttpTransport({ getToken: () => null, fetch })('bodies.list', {});
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toEqual({ 'Content-Type': 'application/json' });
  });

  it('answers internal when the host answers something that is not a Result', async () => {
    const answers: (() => Promise<Response>)[] = [
      async () => new Response('<html>proxy error</html>', { status: 502 }),
      async () => json(200, { hello: 'world' }),
      () => Promise.reject(new TypeError('network down')),
    ];
    for (const response of answers) {
      const client = createApiClient(createHttpTransport({ getToken: () => 'abc', fetch: vi.fn(response) }));
      const failure = await client.call('sessions.list', {}).catch((e: unknown) => e);
      expect((failure as ApiFailure).error.code).toBe('internal');
    }
  });
});

describe('the IPC transport', () => {
  it('is used only when the preload exposes a callable bridge', () => {
    expect(findBridge({})).toBeUndefined();
    expect(findBridge({ sessionDesk: {} })).toBeUndefined();
    const bridge = { call: vi.fn() };
    expect(findBridge({ sessionDesk: bridge })).toBe(bridge);
  });

  it('passes the procedure name and input through the bridge', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: { sessionId: 'x' } }));
    const client = createApiClient(createIpcTransport({ call }));
    await expect(client.call('demo.create', {})).resolves.toEqual({ sessionId: 'x' });
    expect(call).toHaveBeenCalledWith('demo.create', {});
  });
});

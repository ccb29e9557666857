import { describe, expect, it, vi } from 'vitest';
import { apiError, type Result } from '../../shared/api/errors';
import { handleIpcCall, type SenderInfo } from './ipc-handler';
import { IPC_CHANNEL } from './ipc-channel';

function fakeApi(answer: Result<unknown> | Error = { ok: true, value: { id: 'x' } }) {
  return {
    call: vi.fn(async (_name: string, _input: unknown) => {
      if (answer instanceof Error) throw answer;
      return answer;
    }),
  };
}

const TOP: SenderInfo = { url: 'app://session-desk/index.html', isTopFrame: true };
const unauthorized = { ok: false, error: apiError('unauthorized') };

describe('handleIpcCall', () => {
  it('uses one channel', () => {
    expect(IPC_CHANNEL).toBe('session-desk:call');
  });

  it('passes a call from the top frame of the app to the api, unchanged', async () => {
    const api = fakeApi();
    const input = { id: '01J0000000000000000000000' };
    await expect(handleIpcCall(api, TOP, 'sessions.get', input)).resolves.toEqual({ ok: true, value: { id: 'x' } });
    expect(api.call).toHaveBeenCalledWith('sessions.get', input);
  });

  it('returns the api’s typed errors as they are', async () => {
    const api = fakeApi({ ok: false, error: apiError('validation', [{ path: 'id', message: 'Required' }]) });
    await expect(handleIpcCall(api, TOP, 'sessions.get', {})).resolves.toEqual({
      ok: false,
      error: apiError('validation', [{ path: 'id', message: 'Required' }]),
    });
  });

  it.each<[string, SenderInfo | null | undefined]>([
    ['no frame', null],
    ['an undefined frame', undefined],
    ['a sub-frame of the app', { url: 'app://session-desk/index.html', isTopFrame: false }],
    ['a web page', { url: 'https://evil.example/', isTopFrame: true }],
    ['a file page', { url: 'file:///tmp/x.html', isTopFrame: true }],
    ['a data page', { url: 'data:text/html,hi', isTopFrame: true }],
    ['about:blank', { url: 'about:blank', isTopFrame: true }],
    ['an empty URL', { url: '', isTopFrame: true }],
    ['another app host', { url: 'app://other/index.html', isTopFrame: true }],
    ['the loopback host of the browser mode', { url: 'http://127.0.0.1:4000/', isTopFrame: true }],
  ])('refuses %s as unauthorized without calling the api', async (_label, sender) => {
    const api = fakeApi();
    await expect(handleIpcCall(api, sender, 'sessions.list', {})).resolves.toEqual(unauthorized);
    expect(api.call).not.toHaveBeenCalled();
  });

  it('refuses a sender whose isTopFrame is not exactly true', async () => {
    const api = fakeApi();
    const sender = { url: TOP.url, isTopFrame: 'yes' } as unknown as SenderInfo;
    await expect(handleIpcCall(api, sender, 'sessions.list', {})).resolves.toEqual(unauthorized);
  });

  it.each([undefined, null, 42, { name: 'sessions.list' }, ['sessions.list']])(
    'refuses a procedure name that is not a string (%j)',
    async (name) => {
      const api = fakeApi();
      const result = await handleIpcCall(api, TOP, name, {});
      expect(result).toEqual({ ok: false, error: apiError('unknown_procedure') });
      expect(api.call).not.toHaveBeenCalled();
    },
  );

  it('turns an api that throws into an internal error, with no stack', async () => {
    const result = await handleIpcCall(fakeApi(new Error('secret detail')), TOP, 'sessions.list', {});
    expect(result).toEqual({ ok: false, error: apiError('internal') });
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});

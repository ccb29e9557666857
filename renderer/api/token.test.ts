import { describe, expect, it, vi } from 'vitest';
import { takeTokenFromUrl, TOKEN_STORAGE_KEY, tokenFromHash } from './token';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('tokenFromHash', () => {
  it('reads a hex token', () => {
    expect(tokenFromHash('#token=0a1B2c')).toBe('0a1B2c');
  });
  it('ignores routes and anything that is not hex', () => {
    for (const hash of ['', '#/', '#/sessions/abc', '#token=', '#token=<script>', '#token=zz'])
      expect(tokenFromHash(hash)).toBeNull();
  });
});

describe('takeTokenFromUrl', () => {
  it('keeps the token in session storage and removes it from the address bar', () => {
    const storage = memoryStorage();
    const history = { state: null, replaceState: vi.fn() };
    const token = takeTokenFromUrl({ hash: '#token=abc123', pathname: '/', search: '' }, history, storage);
    expect(token).toBe('abc123');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');
  });
  it('reuses the kept token after a reload, and leaves a route hash alone', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'abc123' });
    const history = { state: null, replaceState: vi.fn() };
    expect(takeTokenFromUrl({ hash: '#/sessions/x', pathname: '/', search: '' }, history, storage)).toBe('abc123');
    expect(history.replaceState).not.toHaveBeenCalled();
  });
  it('answers null when there is no token at all', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(takeTokenFromUrl({ hash: '', pathname: '/', search: '' }, history, memoryStorage())).toBeNull();
  });
});

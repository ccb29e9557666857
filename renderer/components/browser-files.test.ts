import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, formatInstant, formatSize, readFileAsBase64 } from './browser-files';

describe('session files in the renderer', () => {
  it('turns bytes into base64 and back, also past one slice', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(base64)).toEqual(bytes);
    expect(await readFileAsBase64(new Blob([bytes]))).toBe(base64);
  });
  it('formats sizes and instants in each language', () => {
    expect(formatSize(812_345, 'en')).toBe('812 kB');
    expect(formatSize(1_400_000, 'es')).toBe('1,4 MB');
    expect(formatSize(0, 'en')).toBe('0 kB');
    expect(formatInstant('2026-11-23T09:05:07.000Z', 'en', 'UTC')).toBe('November 23, 2026 at 9:05:07 AM');
    expect(formatInstant('2026-11-23T09:05:07.000Z', 'fr', 'UTC')).toBe('23 novembre 2026 à 09:05:07');
  });
});

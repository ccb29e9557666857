import type { Language } from '../../shared/domain/languages';

/** Bytes as base64, in slices: one `String.fromCharCode(...bytes)` of a large file overflows the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The file the user picked, as base64: main only ever gets its bytes, never a path. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** A backup's size in the screen's language: "812 kB", "1,4 MB". */
export function formatSize(bytes: number, lang: Language): string {
  const [unit, value] =
    bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', bytes / 1000] as const);
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** The moment a backup or a file was made, in the screen's language and the computer's time zone. */
export function formatInstant(iso: string, lang: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'medium', timeZone }).format(new Date(iso));
}

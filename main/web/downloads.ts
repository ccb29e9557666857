import crypto from 'node:crypto';
import type http from 'node:http';

/*
 * The files an export made in the browser mode, waiting for the tab to fetch them as downloads. A
 * download is a plain GET the browser makes itself (a link), which carries no token: its address is
 * the capability, random, good once and for a short while, and handed out only in the answer to a
 * call that carried the token.
 */

const LIFETIME_MS = 2 * 60 * 1000;
/** A tab that never fetches its files holds at most this many in memory. */
const MAX_WAITING = 32;

interface Waiting {
  fileName: string;
  bytes: Uint8Array;
  until: number;
}

const CONTENT_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

export const contentTypeOfFile = (fileName: string): string =>
  CONTENT_TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** `attachment` with the name as is where it is plain ASCII, and in RFC 5987 form for every browser. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export class Downloads {
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps a file for one download; answers the path the tab fetches it from. */
  offer(file: { fileName: string; bytes: Uint8Array }): string {
    this.drop();
    while (this.waiting.size >= MAX_WAITING) this.waiting.delete(this.waiting.keys().next().value!);
    const handle = crypto.randomBytes(24).toString('hex');
    this.waiting.set(handle, { fileName: file.fileName, bytes: file.bytes, until: this.now() + LIFETIME_MS });
    return `/download/${handle}`;
  }

  /** The file of a handle, once; null when unknown, used or expired. */
  take(handle: string): { fileName: string; bytes: Uint8Array } | null {
    this.drop();
    const file = this.waiting.get(handle);
    this.waiting.delete(handle);
    return file ?? null;
  }

  private drop(): void {
    const now = this.now();
    for (const [handle, file] of this.waiting) if (file.until <= now) this.waiting.delete(handle);
  }
}

/** Answers a download: the bytes as they are, named for the save, never cached. */
export function sendDownload(
  res: http.ServerResponse,
  headers: Record<string, string>,
  file: { fileName: string; bytes: Uint8Array },
): void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': contentTypeOfFile(file.fileName),
    'Content-Length': String(file.bytes.byteLength),
    'Content-Disposition': contentDisposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  res.end(file.bytes);
}

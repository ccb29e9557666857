import zlib from 'node:zlib';
import { refuse } from '../../shared/api/errors';
import { overLimit } from '../../shared/content/import-limits';

/*
 * A zip reader for files from outside, written for distrust: it reads the central directory
 * only, refuses unsafe names, duplicated names, encryption, zip64 and methods other than
 * store/deflate, and inflates an entry only up to the size it declares (zlib's maxOutputLength:
 * a bomb stops at that size) after the declared sizes passed the limits. jszip writes our files;
 * this reads them, because jszip resolves `../` in names and keeps the last of duplicated names
 * silently, and inflates without a cap.
 */

export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all entries read. */
  maxTotalBytes: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why a name inside the archive is unsafe to use as a path, or null. */
export function unsafeNameReason(name: string): string | null {
  if (name.length === 0) return 'an entry has no name';
  if (name.includes('\0')) return 'an entry name holds a NUL character';
  if (name.includes('\\')) return `the entry "${name}" uses backslashes`;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return `the entry "${name}" has an absolute path`;
  if (name.split('/').some((part) => part === '..')) return `the entry "${name}" climbs out of the archive with ".."`;
  return null;
}

export function readZipDirectory(buf: Buffer, limits: ZipLimits): ZipEntry[] {
  if (buf.length < 22) refuse('bad_file', 'file', 'not a zip archive (too short)');
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    return refuse(
      'bad_file',
      'file',
      buf.readUInt32LE(0) === LOCAL
        ? 'the zip archive is cut short (its directory at the end is missing)'
        : 'not a zip archive',
    );
  }
  const disk = buf.readUInt16LE(eocd + 4);
  const cdDisk = buf.readUInt16LE(eocd + 6);
  const onDisk = buf.readUInt16LE(eocd + 8);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    refuse('bad_file', 'file', 'zip64 archives are not supported');
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count)
    refuse('bad_file', 'file', 'split zip archives are not supported');
  if (count > limits.maxEntries) {
    overLimit(
      'entries',
      'file',
      `the archive has ${count} entries, more than the ${limits.maxEntries} Session Desk reads`,
    );
  }
  if (cdOffset + cdSize > eocd) refuse('bad_file', 'file', 'the zip directory points outside the file (cut short?)');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== CENTRAL) refuse('bad_file', 'file', 'the zip directory is damaged');
    const flags = buf.readUInt16LE(at + 8);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    if (at + 46 + nameLength > eocd) refuse('bad_file', 'file', 'the zip directory is damaged');
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      flags,
      method: buf.readUInt16LE(at + 10),
      crc32: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
    };
    const unsafe = unsafeNameReason(name);
    if (unsafe) refuse('bad_file', 'file', `unsafe path inside the archive: ${unsafe}`);
    if (seen.has(name)) refuse('bad_file', 'file', `the entry "${name}" appears twice in the archive`);
    seen.add(name);
    if (flags & 0x1) refuse('bad_file', name, 'the entry is encrypted');
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses an entry whose declared size is over the limit, before anything of it is unpacked. */
export function checkDeclaredSize(entry: ZipEntry, limits: ZipLimits): void {
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    overLimit(
      'partBytes',
      entry.name,
      `the entry declares ${mb(entry.uncompressedSize)} once unpacked, more than the ${mb(limits.maxEntryBytes)} Session Desk reads`,
    );
  }
}

/** The bytes of one entry, checked: declared size within limits, never inflated past it, CRC-32 right. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, limits: ZipLimits): Buffer {
  const { name } = entry;
  checkDeclaredSize(entry, limits);
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) refuse('bad_file', name, 'the entry is damaged');
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) refuse('bad_file', name, 'the entry is cut short');
  const packed = buf.subarray(start, end);
  let data: Buffer;
  if (entry.method === 0) {
    data = Buffer.from(packed);
  } else if (entry.method === 8) {
    try {
      // one byte more than declared: an entry that inflates past its size is caught, not inflated further
      data = zlib.inflateRawSync(packed, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        return refuse('bad_file', name, 'the entry unpacks to more than it declares (a zip bomb?)');
      }
      return refuse('bad_file', name, 'the entry is damaged (it does not unpack)');
    }
  } else {
    return refuse(
      'bad_file',
      name,
      `the entry uses compression method ${entry.method}; Session Desk reads stored and deflated entries only`,
    );
  }
  if (data.length > entry.uncompressedSize)
    refuse('bad_file', name, 'the entry unpacks to more than it declares (a zip bomb?)');
  if (data.length !== entry.uncompressedSize) refuse('bad_file', name, 'the entry is damaged (its size is wrong)');
  if (zlib.crc32(data) !== entry.crc32) refuse('bad_file', name, 'the entry is damaged (its CRC-32 is wrong)');
  return data;
}

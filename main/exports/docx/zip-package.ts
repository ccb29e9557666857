import zlib from 'node:zlib';
import { Packer, type Document } from 'docx';

/*
 * A Word document's parts, zipped with Node's own DEFLATE instead of docx's JavaScript one: in a
 * one-shot CLI export of the 100-page paper, docx's zipping was the largest cost (about 170 ms of a
 * cold process, against 15 ms here; bench/cli-export.bench.ts). docx writes the parts with a
 * compiler it keeps private on Packer; where a later docx does not have it, Packer zips as before.
 */

type Part = string | Uint8Array;
interface PartCompiler {
  compile(doc: Document, prettify: undefined, overrides: readonly unknown[]): Map<string, Part>;
}

const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;

/** MS-DOS date 1980-01-01, time 00:00: the same bytes for the same document. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The zip file of the parts, in order: local headers and data, then the central directory. */
function zip(parts: Map<string, Part>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const packed = zlib.deflateRawSync(bytes);
    const path = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (DEFLATE)
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // DEFLATE
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(path.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0
    local.copy(entry, 6, 4, 28); // version needed … name length, as in the local header
    entry.writeUInt32LE(offset, 42); // comment length, disk, attributes stay 0
    central.push(entry, path);
    chunks.push(local, path, packed);
    offset += local.length + path.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** The .docx file of the document. */
export function packDocument(doc: Document): Promise<Buffer> {
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(doc);
  return Promise.resolve(zip(compiler.compile(doc, undefined, [])));
}

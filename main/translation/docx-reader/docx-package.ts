import { readZipDirectory, readZipEntry, type ZipEntry } from '../../safety/zip-reader';
import { refuse } from '../../../shared/api/errors';
import { DOCX_LIMITS } from './limits';
import { parseXml } from './xml';

/** The DOCX's parts, read out of the zip one by one, with the unpacked total capped. */
export class Package {
  private readonly entries: Map<string, ZipEntry>;
  private total = 0;

  constructor(private readonly bytes: Buffer) {
    this.entries = new Map(readZipDirectory(bytes, DOCX_LIMITS.zip).map((e) => [e.name, e]));
  }

  has = (name: string) => this.entries.has(name);

  text(name: string): string | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    this.total += entry.uncompressedSize;
    if (this.total > DOCX_LIMITS.zip.maxTotalBytes) refuse('bad_file', 'file', 'the document unpacks to too much data');
    return readZipEntry(this.bytes, entry, DOCX_LIMITS.zip).toString('utf8');
  }

  xml(name: string): Document | null {
    const text = this.text(name);
    return text === null ? null : parseXml(text, name);
  }
}

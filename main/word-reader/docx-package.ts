import { IMPORT_LIMITS, overLimit } from '../../shared/content/import-limits';
import { checkDeclaredSize, readZipDirectory, readZipEntry, type ZipEntry } from '../session-files/zip-reader';
import { DOCX_LIMITS } from './limits';
import { parseXml } from './xml';
import { scanXml } from './xml-scan';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The DOCX's parts, read out of the zip one by one: each part's declared size checked before it is
 * unpacked, the unpacked total capped, and each XML part scanned (nesting, elements, paragraphs,
 * footnotes, characters) before a DOM is built of it.
 */
export class Package {
  private readonly entries: Map<string, ZipEntry>;
  private total = 0;
  private notes = 0;
  private textChars = 0;

  constructor(private readonly bytes: Buffer) {
    this.entries = new Map(readZipDirectory(bytes, DOCX_LIMITS.zip).map((e) => [e.name, e]));
  }

  has = (name: string) => this.entries.has(name);

  text(name: string): string | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    checkDeclaredSize(entry, DOCX_LIMITS.zip);
    this.total += entry.uncompressedSize;
    if (this.total > DOCX_LIMITS.zip.maxTotalBytes) {
      overLimit(
        'unpackedBytes',
        'file',
        `the document unpacks to more than the ${DOCX_LIMITS.zip.maxTotalBytes / 1024 / 1024} MB Session Desk reads`,
      );
    }
    return readZipEntry(this.bytes, entry, DOCX_LIMITS.zip).toString('utf8');
  }

  xml(name: string): Document | null {
    const text = this.text(name);
    if (text === null) return null;
    const scan = scanXml(text, name);
    // all of them, referenced or not: each costs a DOM whether or not the body points to it
    this.notes += scan.notes;
    if (this.notes > IMPORT_LIMITS.footnotes) {
      overLimit(
        'footnotes',
        name,
        `the document has more than the ${count(IMPORT_LIMITS.footnotes)} footnotes and endnotes Session Desk reads`,
      );
    }
    if (scan.p > IMPORT_LIMITS.paragraphs) {
      overLimit(
        'paragraphs',
        name,
        `the document has ${count(scan.p)} paragraphs, more than the ${count(IMPORT_LIMITS.paragraphs)} Session Desk reads`,
      );
    }
    this.textChars += scan.textChars;
    if (this.textChars > IMPORT_LIMITS.documentChars) {
      overLimit(
        'documentChars',
        name,
        `the document holds more than the ${count(IMPORT_LIMITS.documentChars)} characters Session Desk reads in one document`,
      );
    }
    return parseXml(text, name);
  }
}

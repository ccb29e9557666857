import { refuse } from '../../shared/api/errors';
import { overLimit } from '../../shared/content/import-limits';
import { Package } from './docx-package';
import { DOCX_LIMITS } from './limits';
import { byType, relationships } from './relationships';
import { elements, isW } from './xml';

/** The package and the name of its main part; refuses a file too large, not a zip, or a zip that is no DOCX. */
export function openDocx(bytes: Buffer): { pkg: Package; main: string } {
  if (bytes.length > DOCX_LIMITS.fileBytes) {
    overLimit(
      'fileBytes',
      'file',
      `the file is larger than the ${DOCX_LIMITS.fileBytes / 1024 / 1024} MB Session Desk reads`,
    );
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    refuse(
      'bad_file',
      'file',
      bytes.subarray(0, 5).toString('latin1') === '%PDF-'
        ? 'this is a PDF, not a Word document (.docx)'
        : bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
          ? 'this is an old Word document (.doc): save it as .docx and try again'
          : 'this is not a Word document (.docx)',
    );
  }
  const pkg = new Package(bytes);
  const rootRels = relationships(pkg, '');
  const main = byType(rootRels, 'officeDocument') ?? 'word/document.xml';
  if (!pkg.has(main)) {
    refuse(
      'bad_file',
      'file',
      pkg.has('content.xml')
        ? 'this is an OpenDocument file (.odt), not a Word document: save it as .docx and try again'
        : 'this zip archive is not a Word document (.docx): it has no word/document.xml',
    );
  }
  return { pkg, main };
}

/** The main part's w:body; refuses a document without one. */
export function documentBody(doc: Document, main: string): Element {
  const body = Array.from(doc.documentElement ? elements(doc.documentElement) : []).find(
    (e) => isW(e) && e.localName === 'body',
  );
  if (!doc.documentElement || doc.documentElement.localName !== 'document' || !body) {
    return refuse('bad_file', main, 'the document has no body: the file is damaged or not a Word document');
  }
  return body;
}

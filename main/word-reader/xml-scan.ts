import { refuse } from '../../shared/api/errors';
import { IMPORT_LIMITS, overLimit } from '../../shared/content/import-limits';

/** What one linear pass over a part's text found, before any DOM is built. */
export interface XmlScan {
  /** Elements by local name (w:p and a:p are both "p"): paragraphs, footnotes and endnotes. */
  p: number;
  notes: number;
  /** Characters between tags (entities counted as written, whitespace-only gaps left out): at least the text's length. */
  textChars: number;
}

const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const COLON = 58;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * Scans a part's XML once, in linear time and constant memory, refusing it at the first element
 * deeper than xmlDepth or past xmlElements, and any DTD (Word never writes one; entities are how
 * "billion laughs" files blow up). A DOM of a hostile part costs hundreds of bytes an element:
 * 719,720 footnotes took 2.4 GB; this pass refuses them before the DOM exists.
 */
export function scanXml(xml: string, part: string): XmlScan {
  const scan: XmlScan = { p: 0, notes: 0, textChars: 0 };
  let depth = 0;
  let elements = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      let blank = true;
      for (let k = i; k < textEnd && blank; k++) blank = isSpace(xml.charCodeAt(k));
      if (!blank) scan.textChars += textEnd - i;
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) {
      depth -= 1;
      const gt = xml.indexOf('>', lt);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      scan.textChars += (end < 0 ? n : end) - lt - 9;
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === 33 /* ! */) refuse('bad_file', part, 'the part declares a DTD, which Word documents never do');
    // a start tag: its name, then to its '>' past quoted attribute values (which may hold '>')
    let k = lt + 1;
    let nameStart = k;
    while (k < n) {
      const c = xml.charCodeAt(k);
      if (isSpace(c) || c === GT || c === SLASH) break;
      if (c === COLON) nameStart = k + 1;
      k++;
    }
    const local = xml.slice(nameStart, k);
    let quote = 0;
    while (k < n) {
      const c = xml.charCodeAt(k);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOS) quote = c;
      else if (c === GT) break;
      k++;
    }
    const selfClosing = xml.charCodeAt(k - 1) === SLASH;
    elements += 1;
    if (elements > IMPORT_LIMITS.xmlElements) {
      overLimit('xmlElements', part, `more than ${count(IMPORT_LIMITS.xmlElements)} XML elements in one part`);
    }
    if (local === 'p') scan.p += 1;
    else if (local === 'footnote' || local === 'endnote') scan.notes += 1;
    if (!selfClosing) {
      depth += 1;
      if (depth > IMPORT_LIMITS.xmlDepth) {
        overLimit('xmlDepth', part, `XML elements nested more than ${IMPORT_LIMITS.xmlDepth} deep`);
      }
    }
    i = k + 1;
  }
  return scan;
}

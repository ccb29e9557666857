import { DOMParser } from '@xmldom/xmldom';
import { refuse } from '../../shared/api/errors';

export const W_NS = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
];
export const R_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

export const isW = (node: Node): boolean => node.nodeType === 1 && W_NS.includes((node as Element).namespaceURI ?? '');

export function* elements(parent: Node): Generator<Element> {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) yield n as Element;
}

export const child = (parent: Element, name: string): Element | undefined => {
  for (const e of elements(parent)) if (isW(e) && e.localName === name) return e;
  return undefined;
};

export function attr(el: Element | undefined, name: string, namespaces = W_NS): string | null {
  if (!el) return null;
  for (const ns of namespaces) {
    const value = el.getAttributeNS(ns, name);
    if (value !== null && value !== '') return value;
  }
  return null;
}

/** A w:b / w:i toggle: on unless its val says off. */
export const toggle = (el: Element | undefined): boolean | undefined => {
  if (!el) return undefined;
  const val = attr(el, 'val');
  return val === null || !['0', 'false', 'off'].includes(val);
};

/** Parses a part that scanXml passed (no DTD, bounded depth and size). */
export function parseXml(xml: string, part: string): Document {
  let doc: Document | null = null;
  try {
    doc = new DOMParser({
      errorHandler: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml') as unknown as Document;
  } catch {
    // refused below
  }
  // a part with no root element parses without an error, and every reader starts at the root
  if (!doc?.documentElement) refuse('bad_file', part, 'the part is not well-formed XML (the file is damaged)');
  return doc;
}

import { DOMParser } from '@xmldom/xmldom';
import {
  CONTENT_LIMITS,
  CONTENT_SCHEMA_VERSION,
  isSafeHref,
  StoredContentSchema,
  type BlockNode,
  type BlockquoteNode,
  type BulletListNode,
  type FootnoteNode,
  type FootnoteParagraph,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type OrderedListNode,
  type StoredContent,
  type TextNode,
} from '../../shared/documents/schema';
import { issuesFromZod } from '../../shared/api/errors';
import { readZipDirectory, readZipEntry, type ZipEntry, type ZipLimits } from '../safety/zip-reader';
import { fail, refuse } from '../../shared/api/errors';

/*
 * Reads a Word document (.docx) into the app's stored content, with jszip's distrustful sibling
 * (main/safety/zip-reader.ts: sizes capped, bombs stopped) and @xmldom/xmldom for the XML.
 * mammoth was the other candidate; it flattens a document to HTML and drops comments, the
 * footnote numbering and the style names we key on, so we read the WordprocessingML ourselves:
 *
 * - paragraphs by their style (named styles first, as our exports and pandoc write them; Word's
 *   built-in "Heading 1-3", "Title", "Subtitle", "Quote"; outline levels as a fallback);
 * - lists from numbering (w:numPr on the paragraph or its style; bullet or ordered by numFmt);
 * - runs: bold/italic from character styles (Strong, Emphasis) or direct formatting; links from
 *   w:hyperlink (external relationships) and HYPERLINK fields; tabs and line breaks become spaces
 *   (a paragraph is one paragraph for translation tools);
 * - footnotes (and endnotes, as footnotes) in the order of their references;
 * - Word comments become notes to the translator on the text they span; a point comment (no
 *   range) goes on the text before it, or on a footnote's text when it says "Footnote N: …" (how
 *   the export writes a note that sits in a footnote);
 * - the OAS header block table is left out (the app prints it); other tables come in as their
 *   cells' paragraphs, with a warning (the document schema has no tables);
 * - the title block, control number and guiding questions by our export's styles.
 *
 * Everything it refuses, it refuses with `bad_file` and a message that says where.
 */

export const DOCX_LIMITS = {
  /** The file itself. */
  fileBytes: 20 * 1024 * 1024,
  zip: { maxEntries: 2_000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 160 * 1024 * 1024 } satisfies ZipLimits,
  /**
   * Paragraphs (w:p) in the body, table cells and empty ones included. A 100-page paper has about
   * 1,000; 5,000 leaves room for a long report and refuses a generated or damaged file early.
   */
  paragraphs: 5_000,
  footnotes: 2_000,
} as const;

/** What came in differently from the file: a code for the screens' texts, and the same in English. */
export const IMPORT_WARNINGS = {
  tables_flattened: 'tables came in as their cells’ paragraphs, row by row',
  line_breaks: 'line breaks inside paragraphs became spaces',
  drawings_left_out: 'drawings and text boxes were left out',
  endnotes_as_footnotes: 'endnotes came in as footnotes',
  footnote_without_text: 'a footnote reference points to no footnote text; it was left out',
  links_dropped: 'links other than http, https and mailto (file:, ftp:…) came in as plain text',
} as const;
export type ImportWarningCode = keyof typeof IMPORT_WARNINGS;

export interface ReadDocument {
  content: StoredContent;
  /** The text of the control-number paragraph, '' when none. */
  controlNumber: string;
  /** The texts of the guiding-question paragraphs, in order. */
  questions: string[];
  /** What came in differently from the file (a table flattened, an image left out…). */
  warnings: ImportWarningCode[];
  stats: { paragraphs: number; footnotes: number; notes: number; links: number; tables: number };
}

const W_NS = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
];
const R_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

const isW = (node: Node): boolean => node.nodeType === 1 && W_NS.includes((node as Element).namespaceURI ?? '');

function* elements(parent: Node): Generator<Element> {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) yield n as Element;
}

const child = (parent: Element, name: string): Element | undefined => {
  for (const e of elements(parent)) if (isW(e) && e.localName === name) return e;
  return undefined;
};

function attr(el: Element | undefined, name: string, namespaces = W_NS): string | null {
  if (!el) return null;
  for (const ns of namespaces) {
    const value = el.getAttributeNS(ns, name);
    if (value !== null && value !== '') return value;
  }
  return null;
}

/** A w:b / w:i toggle: on unless its val says off. */
const toggle = (el: Element | undefined): boolean | undefined => {
  if (!el) return undefined;
  const val = attr(el, 'val');
  return val === null || !['0', 'false', 'off'].includes(val);
};

function parseXml(xml: string, part: string): Document {
  if (/<!DOCTYPE/i.test(xml)) refuse('bad_file', part, 'the part declares a DTD, which Word documents never do');
  try {
    return new DOMParser({
      errorHandler: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml') as unknown as Document;
  } catch {
    return refuse('bad_file', part, 'the part is not well-formed XML (the file is damaged)');
  }
}

// ---------------------------------------------------------------------------------------------
// the package

class Package {
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

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function relationships(pkg: Package, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const doc = pkg.xml(`${dir}_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, Relationship>();
  if (!doc) return out;
  for (const rel of Array.from(doc.getElementsByTagName('Relationship'))) {
    const id = rel.getAttribute('Id');
    const target = rel.getAttribute('Target') ?? '';
    const external = rel.getAttribute('TargetMode') === 'External';
    if (!id) continue;
    out.set(id, {
      type: rel.getAttribute('Type') ?? '',
      target: external ? target : resolvePath(dir, target),
      external,
    });
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const byType = (rels: Map<string, Relationship>, suffix: string) =>
  [...rels.values()].find((r) => !r.external && r.type.endsWith(`/${suffix}`))?.target;

// ---------------------------------------------------------------------------------------------
// styles and numbering

type Role =
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'title'
  | 'subtitle'
  | 'kind'
  | 'date'
  | 'authorship'
  | 'controlNumber'
  | 'question'
  | 'quote'
  | 'listContinue'
  | 'headerBlock';

/** Paragraph styles by id or name, lower case without spaces or hyphens. */
const ROLE_BY_NAME: Record<string, Role> = {
  heading1: 'heading1',
  heading2: 'heading2',
  heading3: 'heading3',
  title: 'title',
  documenttitle: 'title',
  subtitle: 'subtitle',
  documentsubtitle: 'subtitle',
  documentkind: 'kind',
  documentdate: 'date',
  date: 'date',
  authorship: 'authorship',
  author: 'authorship',
  controlnumber: 'controlNumber',
  guidingquestion: 'question',
  quote: 'quote',
  quotations: 'quote',
  blocktext: 'quote',
  intensequote: 'quote',
  listcontinue: 'listContinue',
  headerblockbody: 'headerBlock',
  headerblockreference: 'headerBlock',
};

const CHAR_BOLD = new Set(['strong', 'strongemphasis']);
const CHAR_ITALIC = new Set(['emphasis', 'strongemphasis']);

const squashName = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

interface StyleInfo {
  id: string;
  name: string;
  basedOn: string | null;
  outline: number | null;
  numPr: Element | undefined;
  bold: boolean | undefined;
  italic: boolean | undefined;
}

class Styles {
  private readonly paragraph = new Map<string, StyleInfo>();
  private readonly character = new Map<string, StyleInfo>();

  constructor(doc: Document | null) {
    if (!doc) return;
    for (const style of Array.from(doc.getElementsByTagNameNS(W_NS[0]!, 'style')).concat(
      Array.from(doc.getElementsByTagNameNS(W_NS[1]!, 'style')),
    )) {
      const id = attr(style, 'styleId');
      if (!id) continue;
      const pPr = child(style, 'pPr');
      const rPr = child(style, 'rPr');
      const info: StyleInfo = {
        id,
        name: attr(child(style, 'name'), 'val') ?? id,
        basedOn: attr(child(style, 'basedOn'), 'val'),
        outline: pPr && child(pPr, 'outlineLvl') ? Number(attr(child(pPr, 'outlineLvl'), 'val')) : null,
        numPr: pPr ? child(pPr, 'numPr') : undefined,
        bold: rPr ? toggle(child(rPr, 'b')) : undefined,
        italic: rPr ? toggle(child(rPr, 'i')) : undefined,
      };
      (attr(style, 'type') === 'character' ? this.character : this.paragraph).set(id, info);
    }
  }

  private chain(map: Map<string, StyleInfo>, id: string | null): StyleInfo[] {
    const out: StyleInfo[] = [];
    for (let at = id; at && out.length < 12;) {
      const info = map.get(at);
      if (!info) break;
      out.push(info);
      at = info.basedOn;
    }
    return out;
  }

  role(id: string | null): Role {
    const chain = this.chain(this.paragraph, id);
    const names = chain.length ? chain.flatMap((s) => [s.id, s.name]) : id ? [id] : [];
    for (const name of names) {
      const role = ROLE_BY_NAME[squashName(name)];
      if (role) return role;
      const heading = /^heading(\d)$/.exec(squashName(name));
      if (heading) return `heading${Math.min(3, Math.max(1, Number(heading[1])))}` as Role;
    }
    const outline = chain.find((s) => s.outline !== null)?.outline;
    if (outline !== undefined && outline !== null && outline >= 0 && outline < 9) {
      return `heading${Math.min(3, outline + 1)}` as Role;
    }
    return 'body';
  }

  numPr(id: string | null): Element | undefined {
    return this.chain(this.paragraph, id).find((s) => s.numPr)?.numPr;
  }

  characterMarks(id: string | null): { bold: boolean; italic: boolean } {
    let bold = false;
    let italic = false;
    for (const s of this.chain(this.character, id)) {
      const key = squashName(s.name);
      const idKey = squashName(s.id);
      bold ||= CHAR_BOLD.has(key) || CHAR_BOLD.has(idKey) || s.bold === true;
      italic ||= CHAR_ITALIC.has(key) || CHAR_ITALIC.has(idKey) || s.italic === true;
    }
    return { bold, italic };
  }
}

class Numbering {
  /** numId → ilvl → { format, start } */
  private readonly levels = new Map<string, Map<number, { format: string; start: number }>>();

  constructor(doc: Document | null) {
    if (!doc) return;
    const abstract = new Map<string, Map<number, { format: string; start: number }>>();
    const root = doc.documentElement;
    for (const el of elements(root)) {
      if (!isW(el) || el.localName !== 'abstractNum') continue;
      const levels = new Map<number, { format: string; start: number }>();
      for (const lvl of elements(el)) {
        if (!isW(lvl) || lvl.localName !== 'lvl') continue;
        levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
          format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
          start: Number(attr(child(lvl, 'start'), 'val') ?? 1) || 1,
        });
      }
      abstract.set(attr(el, 'abstractNumId') ?? '', levels);
    }
    for (const el of elements(root)) {
      if (!isW(el) || el.localName !== 'num') continue;
      const levels = abstract.get(attr(child(el, 'abstractNumId'), 'val') ?? '');
      if (levels) this.levels.set(attr(el, 'numId') ?? '', levels);
    }
  }

  level(numId: string, ilvl: number): { ordered: boolean; start: number } {
    const level = this.levels.get(numId)?.get(ilvl);
    const format = level?.format ?? 'bullet';
    return { ordered: !['bullet', 'none'].includes(format), start: level?.start ?? 1 };
  }
}

// ---------------------------------------------------------------------------------------------
// paragraphs and runs

interface Comment {
  text: string;
}

/** "Footnote 3: check link" (and its es/fr/pt forms, a pseudo-translation's prefix allowed): a note on footnote 3. */
const FOOTNOTE_NOTE = /^(?:\[[^\]]{1,8}\]\s*)?(?:Footnote|Nota|Note)\s+(\d+)\s*:\s*(.+)$/s;

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/** Links that run code or carry content: a file holding one is refused, not cleaned. */
const SCRIPT_LINK = /^(javascript|vbscript|data|livescript):/i;

const marksKey = (marks: readonly Mark[] | undefined) => JSON.stringify(marks ?? []);

/** Where the reader is, for messages: "paragraph 12", "footnote 3". */
interface Place {
  label: string;
}

class InlineReader {
  /** Comments seen as a range or a reference, so that a reference after a range adds nothing. */
  private readonly used = new Set<string>();
  links = 0;
  notes = 0;
  warnings = new Set<ImportWarningCode>();

  constructor(
    private readonly styles: Styles,
    private readonly comments: Map<string, Comment>,
    private readonly rels: Map<string, Relationship>,
    private readonly footnote: (kind: 'footnote' | 'endnote', id: string) => FootnoteNode | null,
    /** Note ids by comment id, shared by the body's and the footnotes' readers (one comments part). */
    private readonly noteIds: Map<string, string>,
  ) {}

  private noteId(commentId: string): string {
    let id = this.noteIds.get(commentId);
    if (!id) {
      id = `note-${this.noteIds.size + 1}`;
      this.noteIds.set(commentId, id);
      this.notes += 1;
    }
    return id;
  }

  private noteMark(commentId: string, text?: string): Mark | null {
    const comment = this.comments.get(commentId);
    const note = (text ?? comment?.text ?? '').trim().slice(0, CONTENT_LIMITS.noteChars).trim();
    if (!note) return null;
    return { type: 'translatorNote', attrs: { id: this.noteId(commentId), note } };
  }

  /** The inlines of one paragraph (footnotes only in the body). */
  read(p: Element, place: Place, inFootnote: boolean): InlineNode[] {
    const out: InlineNode[] = [];
    const open: string[] = [];
    let link: string | null = null;
    /** Complex fields: while reading the instruction, and the link a HYPERLINK field gives its result. */
    const fields: { instr: string; inResult: boolean; href: string | null }[] = [];
    let pendingFootnoteNote: { commentId: string; note: string; footnote: number } | null = null;
    let pendingPoint: string | null = null;

    const fieldLink = () => [...fields].reverse().find((f) => f.inResult && f.href)?.href ?? null;
    const inInstruction = () => fields.some((f) => !f.inResult);

    const emit = (raw: string, bold: boolean, italic: boolean) => {
      const text = raw.replace(CONTROL, ' ');
      if (!text) return;
      const marks: Mark[] = [];
      if (bold) marks.push({ type: 'bold' });
      if (italic) marks.push({ type: 'italic' });
      const href = link ?? fieldLink();
      if (href) marks.push({ type: 'link', attrs: { href } });
      for (let k = open.length - 1; k >= 0; k--) {
        const mark = this.noteMark(open[k]!);
        if (mark) {
          marks.push(mark);
          this.used.add(open[k]!);
          break;
        }
      }
      if (!marks.some((m) => m.type === 'translatorNote') && pendingPoint && text.trim()) {
        const mark = this.noteMark(pendingPoint);
        if (mark) marks.push(mark);
        pendingPoint = null;
      }
      out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
    };

    const setHref = (target: string | null) => {
      if (target === null) return null;
      if (!isSafeHref(target.trim())) {
        // a script or data link marks a hostile file: refused whole. Any other link the schema
        // does not allow (file:, a bookmark, a relative path) keeps its text and loses the link.
        if (SCRIPT_LINK.test(target.replace(/[\s\u0000-\u001f]+/g, ''))) {
          refuse(
            'bad_file',
            'file',
            `${place.label} holds a link to "${target.trim().slice(0, 80).replace(CONTROL, ' ')}": only http, https and mailto links are allowed`,
          );
        }
        if (/^[a-z][a-z0-9+.-]*:/i.test(target.trim())) this.warnings.add('links_dropped');
        return null;
      }
      this.links += 1;
      return target.trim();
    };

    const pointComment = (commentId: string) => {
      if (this.used.has(commentId)) return;
      this.used.add(commentId);
      const text = this.comments.get(commentId)?.text.trim() ?? '';
      if (!text) return;
      const onFootnote = FOOTNOTE_NOTE.exec(text);
      if (onFootnote && !inFootnote) {
        pendingFootnoteNote = { commentId, note: onFootnote[2]!.trim(), footnote: Number(onFootnote[1]) };
        return;
      }
      // on the text before it, when that text has no note yet; else on the next text
      for (let k = out.length - 1; k >= 0; k--) {
        const node = out[k]!;
        if (node.type !== 'text' || !node.text.trim()) continue;
        if (node.marks?.some((m) => m.type === 'translatorNote')) break;
        const mark = this.noteMark(commentId);
        if (mark) node.marks = [...(node.marks ?? []), mark];
        return;
      }
      pendingPoint = commentId;
    };

    const run = (r: Element) => {
      const rPr = child(r, 'rPr');
      const style = this.styles.characterMarks(attr(child(rPr ?? r, 'rStyle'), 'val'));
      const bold = (rPr && toggle(child(rPr, 'b'))) ?? style.bold;
      const italic = (rPr && toggle(child(rPr, 'i'))) ?? style.italic;
      for (const e of elements(r)) {
        if (!isW(e)) {
          if (e.localName === 'AlternateContent') this.warnings.add('drawings_left_out');
          continue;
        }
        switch (e.localName) {
          case 't':
            if (!inInstruction()) emit(e.textContent ?? '', bold, italic);
            break;
          case 'tab':
          case 'br':
          case 'cr':
          case 'ptab':
            if (!inInstruction()) emit(' ', bold, italic);
            if (e.localName !== 'tab' && attr(e, 'type') !== 'page') {
              this.warnings.add('line_breaks');
            }
            break;
          case 'noBreakHyphen':
            emit('\u2011', bold, italic);
            break;
          case 'instrText':
            if (fields.length) fields[fields.length - 1]!.instr += e.textContent ?? '';
            break;
          case 'fldChar': {
            const type = attr(e, 'fldCharType');
            if (type === 'begin') fields.push({ instr: '', inResult: false, href: null });
            else if (type === 'separate' && fields.length) {
              const field = fields[fields.length - 1]!;
              field.inResult = true;
              const hyperlink = /^\s*HYPERLINK\s+(?:\\[a-z]\s+)*"([^"]*)"/i.exec(field.instr);
              if (hyperlink && !/\\l\b/.test(field.instr)) field.href = setHref(hyperlink[1]!);
            } else if (type === 'end') fields.pop();
            break;
          }
          case 'footnoteReference':
          case 'endnoteReference': {
            if (inFootnote) break;
            const node = this.footnote(
              e.localName === 'footnoteReference' ? 'footnote' : 'endnote',
              attr(e, 'id') ?? '',
            );
            if (!node) break;
            const pending = pendingFootnoteNote as { commentId: string; note: string } | null;
            if (pending) {
              const mark = this.noteMark(pending.commentId, pending.note);
              const first = node.content[0]?.content;
              if (mark && first)
                for (const t of first)
                  if (!t.marks?.some((m) => m.type === 'translatorNote')) t.marks = [...(t.marks ?? []), mark];
              pendingFootnoteNote = null;
            }
            out.push(node);
            break;
          }
          case 'commentReference':
            pointComment(attr(e, 'id') ?? '');
            break;
          case 'drawing':
          case 'pict':
          case 'object':
            this.warnings.add('drawings_left_out');
            break;
          default:
            break;
        }
      }
    };

    const walk = (el: Element) => {
      for (const e of elements(el)) {
        if (!isW(e)) {
          if (e.localName === 'AlternateContent') this.warnings.add('drawings_left_out');
          continue;
        }
        switch (e.localName) {
          case 'r':
            run(e);
            break;
          case 'hyperlink': {
            const id = attr(e, 'id', R_NS);
            const rel = id ? this.rels.get(id) : undefined;
            const before = link;
            if (rel?.external) link = setHref(rel.target) ?? before;
            walk(e);
            link = before;
            break;
          }
          case 'fldSimple': {
            const hyperlink = /^\s*HYPERLINK\s+(?:\\[a-z]\s+)*"([^"]*)"/i.exec(attr(e, 'instr') ?? '');
            const before = link;
            if (hyperlink) link = setHref(hyperlink[1]!) ?? before;
            walk(e);
            link = before;
            break;
          }
          case 'commentRangeStart':
            open.push(attr(e, 'id') ?? '');
            break;
          case 'commentRangeEnd': {
            const at = open.indexOf(attr(e, 'id') ?? '');
            if (at >= 0) open.splice(at, 1);
            break;
          }
          case 'ins':
          case 'smartTag':
          case 'customXml':
          case 'sdt':
          case 'sdtContent':
          case 'dir':
          case 'bdo':
          case 'moveTo':
            walk(e);
            break;
          default:
            // pPr, bookmarks, proofErr, del, moveFrom…: nothing to read
            break;
        }
      }
    };
    walk(p);
    // a point comment pending for a footnote that never came, or for text that never came: keep it on the last text
    const leftover = (pendingFootnoteNote as { commentId: string } | null)?.commentId ?? pendingPoint;
    if (leftover) {
      const last = [...out].reverse().find((n): n is TextNode => n.type === 'text' && n.text.trim() !== '');
      const mark = this.noteMark(leftover);
      if (last && mark && !last.marks?.some((m) => m.type === 'translatorNote'))
        last.marks = [...(last.marks ?? []), mark];
    }
    return tidyInlines(out, place);
  }
}

/** Joins neighbouring texts of equal marks, squeezes doubled spaces, trims the ends, splits over-long texts. */
function tidyInlines(nodes: InlineNode[], place: Place): InlineNode[] {
  const joined: InlineNode[] = [];
  for (const node of nodes) {
    const prev = joined.at(-1);
    if (node.type === 'text' && prev?.type === 'text' && marksKey(prev.marks) === marksKey(node.marks)) {
      prev.text += node.text;
    } else joined.push(node.type === 'text' ? { ...node } : node);
  }
  for (const [i, node] of joined.entries()) {
    if (node.type !== 'text') continue;
    node.text = node.text.replace(/ {2,}/g, ' ');
    const prev = joined[i - 1];
    if (prev?.type === 'text' && prev.text.endsWith(' ') && node.text.startsWith(' ')) node.text = node.text.slice(1);
  }
  const first = joined[0];
  if (first?.type === 'text') first.text = first.text.trimStart();
  const last = joined.at(-1);
  if (last?.type === 'text') last.text = last.text.trimEnd();
  const out: InlineNode[] = [];
  for (const node of joined) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    for (let at = 0; at < node.text.length; at += CONTENT_LIMITS.textChars) {
      out.push({ ...node, text: node.text.slice(at, at + CONTENT_LIMITS.textChars) });
    }
  }
  if (out.length > CONTENT_LIMITS.inlinesPerParagraph) {
    refuse('bad_file', 'file', `${place.label} has more pieces of formatting than a paragraph may hold`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// blocks

interface OpenList {
  node: BulletListNode | OrderedListNode;
  numId: string;
  ilvl: number;
}

class BlockBuilder {
  readonly blocks: BlockNode[] = [];
  private lists: OpenList[] = [];
  private quote: BlockquoteNode | null = null;
  private lastWasQuestion = false;

  private close() {
    this.lists = [];
    this.quote = null;
  }

  private target(): BlockNode[] {
    return this.blocks;
  }

  paragraph(inlines: InlineNode[]) {
    this.close();
    this.lastWasQuestion = false;
    this.target().push({ type: 'paragraph', content: inlines });
  }

  heading(level: 1 | 2 | 3, inlines: InlineNode[]) {
    this.close();
    this.lastWasQuestion = false;
    this.blocks.push({ type: 'heading', attrs: { level }, content: inlines });
  }

  question() {
    this.close();
    if (!this.lastWasQuestion) this.blocks.push({ type: 'guidingQuestions' });
    this.lastWasQuestion = true;
  }

  quoted(inlines: InlineNode[]) {
    this.lists = [];
    this.lastWasQuestion = false;
    if (!this.quote || this.blocks.at(-1) !== this.quote) {
      this.quote = { type: 'blockquote', content: [] };
      this.blocks.push(this.quote);
    }
    this.quote.content.push({ type: 'paragraph', content: inlines });
  }

  listItem(inlines: InlineNode[], numId: string, ilvl: number, kind: { ordered: boolean; start: number }) {
    this.quote = null;
    this.lastWasQuestion = false;
    const type = kind.ordered ? 'orderedList' : 'bulletList';
    while (this.lists.length && this.lists.at(-1)!.ilvl > ilvl) this.lists.pop();
    let top = this.lists.at(-1);
    if (top && top.ilvl === ilvl && (top.numId !== numId || top.node.type !== type)) {
      this.lists.pop();
      top = this.lists.at(-1);
    }
    const item: ListItemNode = { type: 'listItem', content: [{ type: 'paragraph', content: inlines }] };
    if (top && top.ilvl === ilvl) {
      top.node.content.push(item);
      return;
    }
    const node: BulletListNode | OrderedListNode =
      type === 'orderedList'
        ? { type, ...(kind.start !== 1 ? { attrs: { start: kind.start } } : {}), content: [item] }
        : { type, content: [item] };
    const parentItem = top?.node.content.at(-1);
    if (parentItem && this.lists.length < 4) parentItem.content.push(node);
    else {
      this.lists = [];
      this.blocks.push(node);
    }
    this.lists.push({ node, numId, ilvl });
  }

  /** A paragraph that continues the current list item ("List Continue"), else a plain paragraph. */
  continuation(inlines: InlineNode[]) {
    const item = this.lists.at(-1)?.node.content.at(-1);
    if (item) item.content.push({ type: 'paragraph', content: inlines });
    else this.paragraph(inlines);
  }
}

// ---------------------------------------------------------------------------------------------
// dates in the four languages, for a draft's title block

const MONTHS: Record<string, number> = {};
[
  ['january', 'enero', 'janvier', 'janeiro'],
  ['february', 'febrero', 'février', 'fevereiro'],
  ['march', 'marzo', 'mars', 'março'],
  ['april', 'abril', 'avril', 'abril'],
  ['may', 'mayo', 'mai', 'maio'],
  ['june', 'junio', 'juin', 'junho'],
  ['july', 'julio', 'juillet', 'julho'],
  ['august', 'agosto', 'août', 'agosto'],
  ['september', 'septiembre', 'septembre', 'setembro'],
  ['october', 'octubre', 'octobre', 'outubro'],
  ['november', 'noviembre', 'novembre', 'novembro'],
  ['december', 'diciembre', 'décembre', 'dezembro'],
].forEach((names, index) => names.forEach((n) => (MONTHS[n] = index + 1)));

/** "May 9, 2023", "9 de mayo de 2023", "9 mai 2023", "2023-05-09" → '2023-05-09'; '' when it is no date. */
export function parseDocumentDate(text: string): string {
  const t = text.toLowerCase().replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
  const pad = (n: number) => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number) => {
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
      ? `${y}-${pad(m)}-${pad(d)}`
      : '';
  };
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([\p{L}]+) (\d{1,2}),? (\d{4})$/u.exec(t);
  if (m && MONTHS[m[1]!]) return valid(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
  m = /^(\d{1,2})(?:er|º)? (?:de )?([\p{L}]+),? (?:de )?(\d{4})$/u.exec(t);
  if (m && MONTHS[m[2]!]) return valid(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  return '';
}

// ---------------------------------------------------------------------------------------------
// the document

const textOfInlines = (inlines: readonly InlineNode[]) =>
  inlines
    .map((i) => (i.type === 'text' ? i.text : ''))
    .join('')
    .trim();

const unparenthesize = (text: string) => text.replace(/^\((.*)\)$/s, '$1').trim();

/** Reads a DOCX; refuses (bad_file, with where and why) anything it cannot read safely. */
export function readDocx(bytes: Buffer): ReadDocument {
  if (bytes.length > DOCX_LIMITS.fileBytes) {
    refuse('bad_file', 'file', `the file is larger than ${DOCX_LIMITS.fileBytes / 1024 / 1024} MB`);
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
  const doc = pkg.xml(main)!;
  const rels = relationships(pkg, main);
  const styles = new Styles(pkg.xml(byType(rels, 'styles') ?? 'word/styles.xml'));
  const numbering = new Numbering(pkg.xml(byType(rels, 'numbering') ?? 'word/numbering.xml'));
  const body = Array.from(doc.documentElement ? elements(doc.documentElement) : []).find(
    (e) => isW(e) && e.localName === 'body',
  );
  if (!doc.documentElement || doc.documentElement.localName !== 'document' || !body) {
    refuse('bad_file', main, 'the document has no body: the file is damaged or not a Word document');
  }
  const paragraphCount =
    body!.getElementsByTagNameNS(W_NS[0]!, 'p').length + body!.getElementsByTagNameNS(W_NS[1]!, 'p').length;
  if (paragraphCount > DOCX_LIMITS.paragraphs) {
    refuse(
      'bad_file',
      'file',
      `the document has ${paragraphCount.toLocaleString('en-US')} paragraphs, more than the ${DOCX_LIMITS.paragraphs.toLocaleString('en-US')} Session Desk reads`,
    );
  }

  // comments
  const comments = new Map<string, Comment>();
  const commentsPart = byType(rels, 'comments');
  const commentsDoc = commentsPart ? pkg.xml(commentsPart) : null;
  if (commentsDoc?.documentElement) {
    for (const c of elements(commentsDoc.documentElement)) {
      if (!isW(c) || c.localName !== 'comment') continue;
      const text = Array.from(elements(c))
        .map((p) => p.textContent ?? '')
        .join(' ')
        .replace(CONTROL, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      comments.set(attr(c, 'id') ?? '', { text });
    }
  }

  // footnotes and endnotes, read on demand in the order of their references
  const notesParts: Record<'footnote' | 'endnote', { els: Map<string, Element>; rels: Map<string, Relationship> }> = {
    footnote: { els: new Map(), rels: new Map() },
    endnote: { els: new Map(), rels: new Map() },
  };
  for (const kind of ['footnote', 'endnote'] as const) {
    const part = byType(rels, `${kind}s`);
    const partDoc = part ? pkg.xml(part) : null;
    if (!part || !partDoc?.documentElement) continue;
    notesParts[kind].rels = relationships(pkg, part);
    for (const n of elements(partDoc.documentElement)) {
      if (isW(n) && n.localName === kind && !attr(n, 'type')) notesParts[kind].els.set(attr(n, 'id') ?? '', n);
    }
  }
  let footnoteCount = 0;
  const noteIds = new Map<string, string>();
  const readers: Partial<Record<'body' | 'footnote' | 'endnote', InlineReader>> = {};
  const footnote = (kind: 'footnote' | 'endnote', id: string): FootnoteNode | null => {
    const el = notesParts[kind].els.get(id);
    if (!el) {
      warnings.add('footnote_without_text');
      return null;
    }
    if (kind === 'endnote') warnings.add('endnotes_as_footnotes');
    footnoteCount += 1;
    if (footnoteCount > DOCX_LIMITS.footnotes)
      refuse('bad_file', 'file', `the document has more than ${DOCX_LIMITS.footnotes} footnotes`);
    const reader = (readers[kind] ??= new InlineReader(styles, comments, notesParts[kind].rels, () => null, noteIds));
    const paragraphs: FootnoteParagraph[] = [];
    for (const p of elements(el)) {
      if (!isW(p) || p.localName !== 'p') continue;
      const inlines = reader.read(p, { label: `footnote ${footnoteCount}` }, true) as TextNode[];
      paragraphs.push(inlines.length ? { type: 'paragraph', content: inlines } : { type: 'paragraph' });
    }
    while (paragraphs.length > 1 && !paragraphs.at(-1)!.content) paragraphs.pop();
    while (paragraphs.length > 1 && !paragraphs[0]!.content) paragraphs.shift();
    return {
      type: 'footnote',
      content: (paragraphs.length ? paragraphs : [{ type: 'paragraph' as const }]).slice(
        0,
        CONTENT_LIMITS.footnoteParagraphs,
      ),
    };
  };

  const warnings = new Set<ImportWarningCode>();
  const reader = new InlineReader(styles, comments, rels, footnote, noteIds);
  readers.body = reader;
  const builder = new BlockBuilder();
  const titleBlock: StoredContent['titleBlock'] = { title: '', subtitle: '', date: '', authorship: '' };
  let controlNumber = '';
  const questions: string[] = [];
  let paragraphNumber = 0;
  let tables = 0;

  const paragraph = (p: Element) => {
    const pPr = child(p, 'pPr');
    const styleId = attr(child(pPr ?? p, 'pStyle'), 'val');
    const role = styles.role(styleId);
    if (role === 'headerBlock') return;
    const label = { label: `paragraph ${paragraphNumber + 1}` };
    const inlines = reader.read(p, label, false);
    if (inlines.length === 0) return;
    const text = textOfInlines(inlines);
    const hasFootnote = inlines.some((i) => i.type === 'footnote');
    const titleField = (field: 'title' | 'subtitle' | 'authorship' | 'documentKindLabel', value: string) => {
      if (!titleBlock[field] && !hasFootnote && value.length <= (field === 'authorship' ? 1_000 : 2_000)) {
        titleBlock[field] = value;
        return true;
      }
      return false;
    };
    switch (role) {
      case 'title':
        if (titleField('title', text)) return;
        break;
      case 'subtitle':
        if (titleField('subtitle', text)) return;
        break;
      case 'kind':
        if (titleField('documentKindLabel', text)) return;
        break;
      case 'authorship':
        if (titleField('authorship', unparenthesize(text))) return;
        break;
      case 'date':
        if (!titleBlock.date && !hasFootnote) {
          titleBlock.date = parseDocumentDate(unparenthesize(text));
          if (titleBlock.date || text.length < 60) return;
        }
        break;
      case 'controlNumber':
        if (!controlNumber && !hasFootnote && text.length <= 64) {
          controlNumber = text;
          return;
        }
        break;
      case 'question':
        questions.push(text);
        paragraphNumber += builder.blocks.at(-1)?.type === 'guidingQuestions' ? 0 : 1;
        builder.question();
        return;
      default:
        break;
    }
    paragraphNumber += 1;
    if (role.startsWith('heading')) return builder.heading(Number(role.slice(-1)) as 1 | 2 | 3, inlines);
    const numPr = (pPr && child(pPr, 'numPr')) ?? styles.numPr(styleId);
    const numId = attr(child(numPr ?? p, 'numId'), 'val');
    if (numPr && numId && numId !== '0') {
      const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) || 0;
      return builder.listItem(inlines, numId, ilvl, numbering.level(numId, ilvl));
    }
    if (role === 'listContinue') return builder.continuation(inlines);
    if (role === 'quote') return builder.quoted(inlines);
    builder.paragraph(inlines);
  };

  const blocks = (parent: Element) => {
    for (const e of elements(parent)) {
      if (!isW(e)) continue;
      if (e.localName === 'p') paragraph(e);
      else if (e.localName === 'tbl') {
        const text = e.textContent ?? '';
        if (tables === 0 && builder.blocks.length === 0 && /OEA\/Ser\.|OAS\/Ser\./.test(text)) {
          tables += 0; // the OAS header block: the app prints it
          continue;
        }
        tables += 1;
        warnings.add('tables_flattened');
        for (const row of elements(e)) {
          if (!isW(row) || row.localName !== 'tr') continue;
          for (const cell of elements(row)) if (isW(cell) && cell.localName === 'tc') blocks(cell);
        }
      } else if (e.localName === 'sdt') {
        const content = child(e, 'sdtContent');
        if (content) blocks(content);
      } else if (['customXml', 'ins', 'moveTo'].includes(e.localName)) blocks(e);
    }
  };
  blocks(body!);

  for (const w of reader.warnings) warnings.add(w);
  for (const r of Object.values(readers)) for (const w of r?.warnings ?? []) warnings.add(w);

  const content = {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    titleBlock,
    body: { type: 'doc' as const, content: builder.blocks },
  };
  if (builder.blocks.length === 0 && !titleBlock.title) {
    refuse('bad_file', main, 'the document has no text');
  }
  const parsed = StoredContentSchema.safeParse(content);
  if (!parsed.success) {
    fail(
      'bad_file',
      issuesFromZod(parsed.error)
        .slice(0, 10)
        .map((i) => ({ path: `file.${i.path}`, message: i.message })),
    );
  }
  return {
    content: parsed.data,
    controlNumber,
    questions,
    warnings: [...warnings],
    stats: {
      paragraphs: paragraphNumber,
      footnotes: footnoteCount,
      notes: Object.values(readers).reduce((sum, r) => sum + (r?.notes ?? 0), 0),
      links: Object.values(readers).reduce((sum, r) => sum + (r?.links ?? 0), 0),
      tables,
    },
  };
}

import type { FootnoteNode, InlineNode, Mark, TextNode } from '../../shared/content/schema';
import { CONTROL } from './control-characters';
import type { InlineReader } from './inline-reader';
import { HYPERLINK_FIELD, safeHref } from './links';
import type { Place } from './place';
import { readRun } from './runs';
import { FOOTNOTE_NOTE } from './translator-notes';
import { attr, elements, isW, R_NS } from './xml';

/** A complex field: while reading the instruction, and the link a HYPERLINK field gives its result. */
interface Field {
  instr: string;
  inResult: boolean;
  href: string | null;
}

/** One paragraph's inlines as they are read, with the links, fields and comments open around them. */
export class ParagraphInlines {
  private readonly out: InlineNode[] = [];
  /** Comment ranges open here, the innermost last. */
  private readonly open: string[] = [];
  private link: string | null = null;
  readonly fields: Field[] = [];
  private pendingFootnoteNote: { commentId: string; note: string } | null = null;
  private pendingPoint: string | null = null;

  constructor(
    readonly reader: InlineReader,
    private readonly place: Place,
    readonly inFootnote: boolean,
  ) {}

  private fieldLink(): string | null {
    return [...this.fields].reverse().find((f) => f.inResult && f.href)?.href ?? null;
  }

  inInstruction(): boolean {
    return this.fields.some((f) => !f.inResult);
  }

  emit(raw: string, bold: boolean, italic: boolean): void {
    const text = raw.replace(CONTROL, ' ');
    if (!text) return;
    const marks: Mark[] = [];
    if (bold) marks.push({ type: 'bold' });
    if (italic) marks.push({ type: 'italic' });
    const href = this.link ?? this.fieldLink();
    if (href) marks.push({ type: 'link', attrs: { href } });
    for (let k = this.open.length - 1; k >= 0; k--) {
      const mark = this.reader.notes.mark(this.open[k]!);
      if (mark) {
        marks.push(mark);
        this.reader.used.add(this.open[k]!);
        break;
      }
    }
    if (!marks.some((m) => m.type === 'translatorNote') && this.pendingPoint && text.trim()) {
      const mark = this.reader.notes.mark(this.pendingPoint);
      if (mark) marks.push(mark);
      this.pendingPoint = null;
    }
    this.out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  }

  setHref(target: string | null): string | null {
    if (target === null) return null;
    const href = safeHref(target, this.place, () => this.reader.warnings.add('links_dropped'));
    if (href !== null) this.reader.links += 1;
    return href;
  }

  pointComment(commentId: string): void {
    if (this.reader.used.has(commentId)) return;
    this.reader.used.add(commentId);
    const text = this.reader.notes.text(commentId);
    if (!text) return;
    const onFootnote = FOOTNOTE_NOTE.exec(text);
    if (onFootnote && !this.inFootnote) {
      this.pendingFootnoteNote = { commentId, note: onFootnote[2]!.trim() };
      return;
    }
    // on the text before it, when that text has no note yet; else on the next text
    for (let k = this.out.length - 1; k >= 0; k--) {
      const node = this.out[k]!;
      if (node.type !== 'text' || !node.text.trim()) continue;
      if (node.marks?.some((m) => m.type === 'translatorNote')) break;
      const mark = this.reader.notes.mark(commentId);
      if (mark) node.marks = [...(node.marks ?? []), mark];
      return;
    }
    this.pendingPoint = commentId;
  }

  /** A footnote referred to here, with the "Footnote N: …" comment waiting for it on its first paragraph. */
  footnote(node: FootnoteNode): void {
    const pending = this.pendingFootnoteNote;
    if (pending) {
      const mark = this.reader.notes.mark(pending.commentId, pending.note);
      const first = node.content[0]?.content;
      if (mark && first)
        for (const t of first)
          if (!t.marks?.some((m) => m.type === 'translatorNote')) t.marks = [...(t.marks ?? []), mark];
      this.pendingFootnoteNote = null;
    }
    this.out.push(node);
  }

  walk(el: Element): void {
    for (const e of elements(el)) {
      if (!isW(e)) {
        if (e.localName === 'AlternateContent') this.reader.warnings.add('drawings_left_out');
        continue;
      }
      switch (e.localName) {
        case 'r':
          readRun(this, e);
          break;
        case 'hyperlink': {
          const id = attr(e, 'id', R_NS);
          const rel = id ? this.reader.rels.get(id) : undefined;
          const before = this.link;
          if (rel?.external) this.link = this.setHref(rel.target) ?? before;
          this.walk(e);
          this.link = before;
          break;
        }
        case 'fldSimple': {
          const hyperlink = HYPERLINK_FIELD.exec(attr(e, 'instr') ?? '');
          const before = this.link;
          if (hyperlink) this.link = this.setHref(hyperlink[1]!) ?? before;
          this.walk(e);
          this.link = before;
          break;
        }
        case 'commentRangeStart':
          this.open.push(attr(e, 'id') ?? '');
          break;
        case 'commentRangeEnd': {
          const at = this.open.indexOf(attr(e, 'id') ?? '');
          if (at >= 0) this.open.splice(at, 1);
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
          this.walk(e);
          break;
        default:
          // pPr, bookmarks, proofErr, del, moveFrom…: nothing to read
          break;
      }
    }
  }

  /** The inlines read. */
  finish(): InlineNode[] {
    // a point comment pending for a footnote that never came, or for text that never came: keep it on the last text
    const leftover = this.pendingFootnoteNote?.commentId ?? this.pendingPoint;
    if (leftover) {
      const last = [...this.out].reverse().find((n): n is TextNode => n.type === 'text' && n.text.trim() !== '');
      const mark = this.reader.notes.mark(leftover);
      if (last && mark && !last.marks?.some((m) => m.type === 'translatorNote'))
        last.marks = [...(last.marks ?? []), mark];
    }
    return this.out;
  }
}

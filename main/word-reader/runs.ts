import type { ParagraphInlines } from './paragraph-inlines';
import { HYPERLINK_FIELD } from './links';
import { attr, child, elements, isW, toggle } from './xml';

/** One run (w:r): its texts with their bold and italic, breaks, field codes, and footnote and comment references. */
export function readRun(paragraph: ParagraphInlines, r: Element): void {
  const { reader, fields } = paragraph;
  const rPr = child(r, 'rPr');
  const style = reader.styles.characterMarks(attr(child(rPr ?? r, 'rStyle'), 'val'));
  const bold = (rPr && toggle(child(rPr, 'b'))) ?? style.bold;
  const italic = (rPr && toggle(child(rPr, 'i'))) ?? style.italic;
  for (const e of elements(r)) {
    if (!isW(e)) {
      if (e.localName === 'AlternateContent') reader.warnings.add('drawings_left_out');
      continue;
    }
    switch (e.localName) {
      case 't':
        if (!paragraph.inInstruction()) paragraph.emit(e.textContent ?? '', bold, italic);
        break;
      case 'tab':
      case 'br':
      case 'cr':
      case 'ptab':
        if (!paragraph.inInstruction()) paragraph.emit(' ', bold, italic);
        if (e.localName !== 'tab' && attr(e, 'type') !== 'page') {
          reader.warnings.add('line_breaks');
        }
        break;
      case 'noBreakHyphen':
        paragraph.emit('\u2011', bold, italic);
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
          const hyperlink = HYPERLINK_FIELD.exec(field.instr);
          if (hyperlink && !/\\l\b/.test(field.instr)) field.href = paragraph.setHref(hyperlink[1]!);
        } else if (type === 'end') fields.pop();
        break;
      }
      case 'footnoteReference':
      case 'endnoteReference': {
        if (paragraph.inFootnote) break;
        const node = reader.footnote(e.localName === 'footnoteReference' ? 'footnote' : 'endnote', attr(e, 'id') ?? '');
        if (node) paragraph.footnote(node);
        break;
      }
      case 'commentReference':
        paragraph.pointComment(attr(e, 'id') ?? '');
        break;
      case 'drawing':
      case 'pict':
      case 'object':
        reader.warnings.add('drawings_left_out');
        break;
      default:
        break;
    }
  }
}

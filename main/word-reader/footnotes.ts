import { CONTENT_LIMITS, type FootnoteNode, type FootnoteParagraph, type TextNode } from '../../shared/content/schema';
import { overLimit } from '../../shared/content/import-limits';
import type { Comment } from './comments';
import type { Package } from './docx-package';
import type { ImportWarningCode } from './import-warnings';
import { InlineReader } from './inline-reader';
import { DOCX_LIMITS } from './limits';
import { byType, relationships, type Relationship } from './relationships';
import type { Styles } from './styles';
import { attr, elements, isW } from './xml';

type NoteKind = 'footnote' | 'endnote';

/** Footnotes and endnotes (as footnotes), each read when the body refers to it, so in the order of their references. */
export class Footnotes {
  count = 0;
  /** A reader per part, made when its first note is read. */
  readonly readers = new Map<NoteKind, InlineReader>();
  private readonly parts: Record<NoteKind, { els: Map<string, Element>; rels: Map<string, Relationship> }> = {
    footnote: { els: new Map(), rels: new Map() },
    endnote: { els: new Map(), rels: new Map() },
  };

  constructor(
    pkg: Package,
    rels: Map<string, Relationship>,
    private readonly styles: Styles,
    private readonly comments: Map<string, Comment>,
    private readonly noteIds: Map<string, string>,
    private readonly warnings: Set<ImportWarningCode>,
  ) {
    for (const kind of ['footnote', 'endnote'] as const) {
      const part = byType(rels, `${kind}s`);
      const partDoc = part ? pkg.xml(part) : null;
      if (!part || !partDoc?.documentElement) continue;
      this.parts[kind].rels = relationships(pkg, part);
      for (const n of elements(partDoc.documentElement)) {
        if (isW(n) && n.localName === kind && !attr(n, 'type')) this.parts[kind].els.set(attr(n, 'id') ?? '', n);
      }
    }
  }

  read = (kind: NoteKind, id: string): FootnoteNode | null => {
    const el = this.parts[kind].els.get(id);
    if (!el) {
      this.warnings.add('footnote_without_text');
      return null;
    }
    if (kind === 'endnote') this.warnings.add('endnotes_as_footnotes');
    this.count += 1;
    // a footnote referenced many times is read as many times
    if (this.count > DOCX_LIMITS.footnotes) {
      overLimit(
        'footnotes',
        'file',
        `the document refers to footnotes more than the ${DOCX_LIMITS.footnotes.toLocaleString('en-US')} times Session Desk reads`,
      );
    }
    let reader = this.readers.get(kind);
    if (!reader) {
      reader = new InlineReader(this.styles, this.comments, this.parts[kind].rels, () => null, this.noteIds);
      this.readers.set(kind, reader);
    }
    const paragraphs: FootnoteParagraph[] = [];
    for (const p of elements(el)) {
      if (!isW(p) || p.localName !== 'p') continue;
      const inlines = reader.read(p, { label: `footnote ${this.count}` }, true) as TextNode[];
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
}

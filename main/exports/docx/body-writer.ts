import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { BlockNode, FootnoteNode, InlineNode, ListItemNode, TextNode } from '../../../shared/content/schema';
import type { Language, PickedText } from '../../../shared/domain/languages';
import { localizedRun, type CopyKind } from './common';
import { C, documentNumbering, LANGUAGE_TAGS, NUMBERING_REFS, P } from './styles';

const excerpt = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
};

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "ST" for "Secretaría Técnica": Word shows a comment's initials beside it. */
const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');

function runStyle(marks: TextNode['marks']): { style: string | undefined; href: string | undefined } {
  const types = new Set(marks?.map((m) => m.type));
  const link = marks?.find((m) => m.type === 'link');
  if (link) return { style: C.hyperlink, href: link.attrs.href };
  if (types.has('bold') && types.has('italic')) return { style: C.strongEmphasis, href: undefined };
  if (types.has('bold')) return { style: C.strong, href: undefined };
  if (types.has('italic')) return { style: C.emphasis, href: undefined };
  return { style: undefined, href: undefined };
}

const noteIdsOf = (text: TextNode): string[] =>
  (text.marks ?? []).flatMap((m) => (m.type === 'translatorNote' ? [m.attrs.id] : []));

/**
 * Builds the body's Word paragraphs, footnotes and comments. LibreOffice 7.4's DOCX import shapes
 * where comments go (docs/decisions/docx-comments-and-footnotes.md):
 * - a comment anchored in a footnote's text makes it refuse the whole file, so a note in a
 *   footnote becomes a point comment just before that footnote's reference in the body, its text
 *   saying which footnote it concerns;
 * - any comment anchored between the document's first and second footnote references makes it
 *   show footnote 1's text again under footnote 2, and every later footnote one off; so comments
 *   that fall there are moved to just after the second footnote reference, quoting the text they
 *   concern;
 * - ranges are also closed before every footnote reference, so that no range spans one.
 */
export class BodyWriter {
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  readonly comments: ICommentOptions[] = [];
  readonly orderedListStarts: number[] = [];

  /** What the Word document needs of all this writer wrote: its list numbering, footnotes and comments. */
  written(listIndent?: number) {
    return {
      numbering: documentNumbering(this.orderedListStarts, listIndent),
      footnotes: this.footnotes,
      comments: this.comments,
    };
  }
  private footnoteCount = 0;
  private readonly commentIds = new Map<string, number>();
  private readonly closedNotes = new Set<string>();
  /** Comments waiting for the second footnote reference (see above). */
  private deferred: string[] = [];
  /** The language of the text being written when it is not the document's (a fallback): its runs say so. */
  private foreignLanguage: Language | null = null;

  /**
   * One writer serves a whole Word document, so footnotes are numbered across all of it (the
   * annotated agenda writes every item's annotation through the same writer).
   * `totalFootnotes`: how many the document holds; `paragraphStyle`: the style of its plain paragraphs;
   * `copy`: only the translator's copy carries the notes to the translator (as comments);
   * `lang`: the document's language; `questions`: the guiding questions as picked for it.
   */
  constructor(
    private readonly t: Translate,
    private readonly totalFootnotes: number,
    private readonly options: {
      copy: CopyKind;
      lang: Language;
      questions?: readonly PickedText[];
      paragraphStyle?: string;
    },
  ) {}

  /** Writes `blocks` of a text in `textLang`, which differs from the document's when an export falls back. */
  blocksIn(textLang: Language, blocks: readonly BlockNode[]): Paragraph[] {
    this.foreignLanguage = textLang === this.options.lang ? null : textLang;
    try {
      return this.blocks(blocks);
    } finally {
      this.foreignLanguage = null;
    }
  }

  /** The notes to the translator a text node carries, in a copy that prints them. */
  private notesOf(text: TextNode): string[] {
    return this.options.copy === 'translator' ? noteIdsOf(text) : [];
  }

  /** Between the first and the second footnote reference, where LibreOffice 7.4 cannot take a comment. */
  private inFirstGap(): boolean {
    return this.footnoteCount === 1 && this.totalFootnotes >= 2;
  }

  private pointComment(note: string): TextRun {
    return new TextRun({ children: [new CommentReference(this.comment(note))] });
  }

  private comment(note: string): number {
    const id = this.comments.length;
    this.comments.push({
      id,
      author: this.t('document:commentAuthor'),
      initials: initialsOf(this.t('document:commentAuthor')),
      children: [new Paragraph({ style: P.comment, children: [new TextRun(note)] })],
    });
    return id;
  }

  /** Runs of text only (a footnote's paragraph): adjacent texts of one style in one run. */
  private textRuns(texts: readonly TextNode[], out: ParagraphChild[], leadingSpace = false): void {
    let pending: { text: string; style: string | undefined; href: string | undefined } | null = null;
    const flush = () => {
      if (!pending) return;
      const run = new TextRun({
        text: pending.text,
        ...(pending.style ? { style: pending.style } : {}),
        ...(this.foreignLanguage ? { language: { value: LANGUAGE_TAGS[this.foreignLanguage] } } : {}),
      });
      out.push(pending.href ? new ExternalHyperlink({ link: pending.href, children: [run] }) : run);
      pending = null;
    };
    texts.forEach((node, index) => {
      const { style, href } = runStyle(node.marks);
      const text = index === 0 && leadingSpace ? ` ${node.text}` : node.text;
      if (pending && pending.style === style && pending.href === href) pending.text += text;
      else {
        flush();
        pending = { text, style, href };
      }
    });
    flush();
  }

  private footnote(node: FootnoteNode, out: ParagraphChild[]): void {
    const gap = this.inFirstGap();
    this.footnoteCount += 1;
    const number = this.footnoteCount;
    // Notes in the footnote's text: comments at the reference in the body (never inside the footnote).
    const notes = new Map<string, string>();
    for (const p of node.content) {
      for (const t of p.content ?? []) {
        if (this.notesOf(t).length === 0) continue;
        for (const m of t.marks ?? []) if (m.type === 'translatorNote') notes.set(m.attrs.id, m.attrs.note);
      }
    }
    for (const note of notes.values()) {
      const text = this.t('document:footnoteNote', { number, note });
      if (gap) this.deferred.push(text);
      else out.push(this.pointComment(text));
    }
    out.push(new FootnoteReferenceRun(number));
    if (gap) {
      for (const text of this.deferred) out.push(this.pointComment(text));
      this.deferred = [];
    }
    this.footnotes[number] = {
      children: node.content.map((p, index) => {
        const runs: ParagraphChild[] = [];
        this.textRuns(p.content ?? [], runs, index === 0);
        return new Paragraph({ style: P.footnote, children: runs });
      }),
    };
  }

  /** A paragraph's inlines: runs, comment ranges for translator notes, footnote references. */
  inlines(inlines: readonly InlineNode[] | undefined): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    const open: string[] = [];
    let texts: TextNode[] = [];
    const flushTexts = () => {
      this.textRuns(texts, out);
      texts = [];
    };
    const close = (noteId: string) => {
      flushTexts();
      const id = this.commentIds.get(noteId)!;
      out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
      open.splice(open.indexOf(noteId), 1);
      this.closedNotes.add(noteId);
    };
    for (const inline of inlines ?? []) {
      if (inline.type === 'footnote') {
        for (const noteId of [...open]) close(noteId);
        flushTexts();
        this.footnote(inline, out);
        continue;
      }
      const here = this.notesOf(inline);
      for (const noteId of [...open]) if (!here.includes(noteId)) close(noteId);
      for (const noteId of here) {
        // a range is one stretch: a note split by a footnote keeps its first stretch only
        if (open.includes(noteId) || this.closedNotes.has(noteId)) continue;
        const note = inline.marks!.find((m) => m.type === 'translatorNote' && m.attrs.id === noteId);
        const noteText = note && note.type === 'translatorNote' ? note.attrs.note : '';
        if (this.inFirstGap()) {
          this.deferred.push(this.t('document:quotedNote', { text: excerpt(inline.text), note: noteText }));
          this.closedNotes.add(noteId);
          continue;
        }
        flushTexts();
        const id = this.comment(noteText);
        this.commentIds.set(noteId, id);
        out.push(new CommentRangeStart(id));
        open.push(noteId);
      }
      texts.push(inline);
    }
    for (const noteId of [...open]) close(noteId);
    flushTexts();
    return out;
  }

  private list(
    items: readonly ListItemNode[],
    level: number,
    numbering: { reference: string; instance?: number },
  ): Paragraph[] {
    const style = numbering.reference === NUMBERING_REFS.bullets ? P.listBullet : P.listNumber;
    return items.flatMap((item) =>
      item.content.flatMap((block, index) => {
        if (block.type === 'paragraph' || block.type === 'heading') {
          return [
            new Paragraph({
              style: index === 0 ? style : P.listContinue,
              ...(index === 0 ? { numbering: { ...numbering, level } } : {}),
              children: this.inlines(block.content),
            }),
          ];
        }
        return this.blocks([block], level + 1);
      }),
    );
  }

  blocks(blocks: readonly BlockNode[], listLevel = 0, inQuote = false): Paragraph[] {
    return blocks.flatMap((block): Paragraph[] => {
      switch (block.type) {
        case 'paragraph':
          return [
            new Paragraph({
              style: inQuote ? P.quote : (this.options.paragraphStyle ?? P.body),
              children: this.inlines(block.content),
            }),
          ];
        case 'heading':
          return [
            new Paragraph({
              style: [P.heading1, P.heading2, P.heading3][block.attrs.level - 1],
              children: this.inlines(block.content),
            }),
          ];
        case 'blockquote':
          return this.blocks(block.content, listLevel, true);
        case 'bulletList':
          return this.list(block.content, listLevel, { reference: NUMBERING_REFS.bullets });
        case 'orderedList': {
          const index = this.orderedListStarts.push(block.attrs?.start ?? 1) - 1;
          return this.list(block.content, listLevel, { reference: `ordered-${index}` });
        }
        case 'guidingQuestions':
          return (this.options.questions ?? []).map(
            (question) =>
              new Paragraph({
                style: P.question,
                numbering: { reference: NUMBERING_REFS.questions, level: 0 },
                children: question.text ? [localizedRun(question, this.options.lang)] : [],
              }),
          );
      }
    });
  }
}

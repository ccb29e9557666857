import type { FootnoteNode, InlineNode } from '../../shared/content/schema';
import type { Comment } from './comments';
import type { ImportWarningCode } from './import-warnings';
import { ParagraphInlines } from './paragraph-inlines';
import type { Place } from './place';
import type { Relationship } from './relationships';
import type { Styles } from './styles';
import { tidyInlines } from './tidy-inlines';
import { TranslatorNotes } from './translator-notes';

/** Reads paragraphs' inlines, one part at a time (the body, the footnotes or the endnotes). */
export class InlineReader {
  /** Comments seen as a range or a reference, so that a reference after a range adds nothing. */
  readonly used = new Set<string>();
  readonly notes: TranslatorNotes;
  links = 0;
  warnings = new Set<ImportWarningCode>();

  constructor(
    readonly styles: Styles,
    comments: Map<string, Comment>,
    readonly rels: Map<string, Relationship>,
    readonly footnote: (kind: 'footnote' | 'endnote', id: string) => FootnoteNode | null,
    /** Note ids by comment id, shared by the body's and the footnotes' readers (one comments part). */
    noteIds: Map<string, string>,
  ) {
    this.notes = new TranslatorNotes(comments, noteIds);
  }

  /** The inlines of one paragraph (footnotes only in the body). */
  read(p: Element, place: Place, inFootnote: boolean): InlineNode[] {
    const paragraph = new ParagraphInlines(this, place, inFootnote);
    paragraph.walk(p);
    return tidyInlines(paragraph.finish(), place);
  }
}

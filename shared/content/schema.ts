import { z } from 'zod';

/*
 * The stored content of a document version: a title block and a body in ProseMirror JSON, with
 * TipTap's default node and mark names so that a TipTap editor loads it as it is.
 *
 *   { schemaVersion: 1,
 *     titleBlock: { documentKindLabel?, title, subtitle, date: 'YYYY-MM-DD' | '', authorship },
 *     body: { type: 'doc', content: Block[] } }
 *
 * Blocks: paragraph, heading {level 1-3}, bulletList, orderedList {start}, listItem, blockquote,
 * guidingQuestions (an atom: the session's guiding questions go there, numbered, in the version's
 * language). Inlines: text (marks bold, italic, link {href: http, https or mailto}, translatorNote
 * {id, note}) and footnote, an inline atom whose `content` holds the footnote's own paragraphs
 * (inline text only: no nested footnotes, lists or headings). Footnotes carry no number: their
 * number is their order in the document (see footnoteNumbers). A translator note is a mark on a
 * stretch of text, never text itself: the export turns it into a Word comment.
 *
 * Text holds no tab, line break or other control character: a paragraph is one paragraph in Word,
 * which is what translation tools need (a line break or tab splits a sentence in OmegaT).
 */

export const CONTENT_SCHEMA_VERSION = 1;

/** Limits that keep one stored version within reason (a 100-page paper is far inside them). */
export const CONTENT_LIMITS = {
  textChars: 20_000,
  inlinesPerParagraph: 5_000,
  blocks: 20_000,
  listItems: 2_000,
  footnoteParagraphs: 20,
  noteChars: 2_000,
  hrefChars: 2_000,
  /** Lists and quotes nest at most this deep (a list in a list in a quote…). */
  depth: 6,
  footnotes: 5_000,
  translatorNotes: 5_000,
} as const;

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** An href a document may carry: http, https or mailto only (never javascript:, data:, file:…). */
export function isSafeHref(href: string): boolean {
  if (href !== href.trim() || /[\u0000-\u001f\u007f]/.test(href)) return false;
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

const TextString = z
  .string()
  .min(1)
  .max(CONTENT_LIMITS.textChars)
  // no tab, line break or other control character (they split sentences in translation tools)
  .regex(/^[^\u0000-\u001f\u007f\u2028\u2029]*$/, 'text may not hold tabs, line breaks or control characters');

const BoldMark = z.strictObject({ type: z.literal('bold') });
const ItalicMark = z.strictObject({ type: z.literal('italic') });
const LinkMark = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({
    href: z.string().max(CONTENT_LIMITS.hrefChars).refine(isSafeHref, 'links must be http, https or mailto'),
    // TipTap's Link writes these three; the export ignores them.
    target: z.string().max(20).nullable().optional(),
    rel: z.string().max(100).nullable().optional(),
    class: z.string().max(100).nullable().optional(),
  }),
});
const TranslatorNoteMark = z.strictObject({
  type: z.literal('translatorNote'),
  attrs: z.strictObject({
    /** Stable while the note is edited, so the editor can show it in the margin; unique in a document. */
    id: z.string().min(1).max(64),
    note: z.string().trim().min(1).max(CONTENT_LIMITS.noteChars),
  }),
});

export const MarkSchema = z.discriminatedUnion('type', [BoldMark, ItalicMark, LinkMark, TranslatorNoteMark]);
export type Mark = z.infer<typeof MarkSchema>;

export const TextNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: TextString,
  marks: z
    .array(MarkSchema)
    .max(8)
    .refine((marks) => new Set(marks.map((m) => m.type)).size === marks.length, 'a mark appears once on a text')
    .optional(),
});
export type TextNode = z.infer<typeof TextNodeSchema>;

/** A footnote's paragraph: text only. */
export const FootnoteParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(TextNodeSchema).max(CONTENT_LIMITS.inlinesPerParagraph).optional(),
});
export type FootnoteParagraph = z.infer<typeof FootnoteParagraphSchema>;

export const FootnoteNodeSchema = z.strictObject({
  type: z.literal('footnote'),
  attrs: z.strictObject({ id: z.string().min(1).max(64) }).optional(),
  content: z.array(FootnoteParagraphSchema).min(1).max(CONTENT_LIMITS.footnoteParagraphs),
});
export type FootnoteNode = z.infer<typeof FootnoteNodeSchema>;

export const InlineNodeSchema = z.discriminatedUnion('type', [TextNodeSchema, FootnoteNodeSchema]);
export type InlineNode = z.infer<typeof InlineNodeSchema>;

const Inlines = z.array(InlineNodeSchema).max(CONTENT_LIMITS.inlinesPerParagraph).optional();

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}
export interface HeadingNode {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 };
  content?: InlineNode[];
}
export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}
export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}
export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start?: number; type?: string | null };
  content: ListItemNode[];
}
export interface BlockquoteNode {
  type: 'blockquote';
  content: BlockNode[];
}
export interface GuidingQuestionsNode {
  type: 'guidingQuestions';
}
export type BlockNode =
  ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | BlockquoteNode | GuidingQuestionsNode;

export interface DocNode {
  type: 'doc';
  content: BlockNode[];
}

const ParagraphSchema = z.strictObject({ type: z.literal('paragraph'), content: Inlines });
const HeadingSchema = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
  content: Inlines,
});
const GuidingQuestionsSchema = z.strictObject({ type: z.literal('guidingQuestions') });

const ListItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.strictObject({ type: z.literal('listItem'), content: z.array(BlockSchema).min(1).max(100) }),
);
const BulletListSchema = z.strictObject({
  type: z.literal('bulletList'),
  content: z.array(ListItemSchema).min(1).max(CONTENT_LIMITS.listItems),
});
const OrderedListSchema = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z
    .strictObject({
      start: z.int().min(1).max(10_000).optional(),
      // TipTap 3 writes `type: null`; only the default decimal numbering is exported.
      type: z.string().max(10).nullable().optional(),
    })
    .optional(),
  content: z.array(ListItemSchema).min(1).max(CONTENT_LIMITS.listItems),
});
const BlockquoteSchema: z.ZodType<BlockquoteNode> = z.lazy(() =>
  z.strictObject({ type: z.literal('blockquote'), content: z.array(BlockSchema).min(1).max(1_000) }),
);

export const BlockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([
    ParagraphSchema,
    HeadingSchema,
    BulletListSchema,
    OrderedListSchema,
    BlockquoteSchema,
    GuidingQuestionsSchema,
  ]),
);

/** Visits every block with its nesting depth (top-level blocks are at depth 1). */
export function maxDepth(blocks: readonly BlockNode[], depth = 1): number {
  let deepest = blocks.length ? depth : depth - 1;
  for (const block of blocks) {
    if (block.type === 'bulletList' || block.type === 'orderedList') {
      for (const item of block.content) deepest = Math.max(deepest, maxDepth(item.content, depth + 1));
    } else if (block.type === 'blockquote') {
      deepest = Math.max(deepest, maxDepth(block.content, depth + 1));
    }
  }
  return deepest;
}

export const DocSchema = z
  .strictObject({ type: z.literal('doc'), content: z.array(BlockSchema).max(CONTENT_LIMITS.blocks) })
  .superRefine((doc, ctx) => {
    if (maxDepth(doc.content) > CONTENT_LIMITS.depth) {
      ctx.addIssue({ code: 'custom', message: `lists and quotes nest at most ${CONTENT_LIMITS.depth} deep` });
    }
  });

export const TitleBlockSchema = z.strictObject({
  /** "CONCEPT PAPER": printed as typed; absent means the kind's default label in the version's language. */
  documentKindLabel: z.string().trim().max(200).optional(),
  title: z.string().trim().max(2_000),
  subtitle: z.string().trim().max(2_000),
  /** The document's date as a calendar date, or '' for none; printed in the long form of the version's language. */
  date: z.union([z.literal(''), z.iso.date()]),
  /** "Prepared by the Chair of the CAM with the support of the Technical Secretariat", printed in parentheses. */
  authorship: z.string().trim().max(1_000),
});
export type TitleBlock = z.infer<typeof TitleBlockSchema>;

/** What a document version stores: validate with this on the way in (documentVersions.create/update). */
export const StoredContentSchema = z
  .strictObject({
    schemaVersion: z.literal(CONTENT_SCHEMA_VERSION),
    titleBlock: TitleBlockSchema,
    body: DocSchema,
  })
  .superRefine((content, ctx) => checkNotesAndFootnotes(content.body, ctx, ['body']));
export type StoredContent = z.infer<typeof StoredContentSchema>;

/**
 * The rules of a body that its shape alone cannot say: a translator note keeps one text wherever its
 * stretches are, and the footnotes and notes stay within the limits.
 */
export function checkNotesAndFootnotes(doc: DocNode, ctx: z.RefinementCtx, path: PropertyKey[]): void {
  let footnotes = 0;
  const noteIds = new Map<string, string>();
  const visitText = (node: TextNode) => {
    for (const mark of node.marks ?? []) {
      if (mark.type !== 'translatorNote') continue;
      const seen = noteIds.get(mark.attrs.id);
      if (seen !== undefined && seen !== mark.attrs.note) {
        ctx.addIssue({ code: 'custom', message: `translator note ${mark.attrs.id} has two texts`, path });
      }
      noteIds.set(mark.attrs.id, mark.attrs.note);
    }
  };
  forEachInline(doc, (inline) => {
    if (inline.type === 'footnote') {
      footnotes += 1;
      for (const p of inline.content) for (const t of p.content ?? []) visitText(t);
    } else visitText(inline);
  });
  if (footnotes > CONTENT_LIMITS.footnotes) ctx.addIssue({ code: 'custom', message: 'too many footnotes', path });
  if (noteIds.size > CONTENT_LIMITS.translatorNotes) {
    ctx.addIssue({ code: 'custom', message: 'too many translator notes', path });
  }
}

/** Calls `visit` on every inline node of the body's blocks, in document order (not inside footnotes). */
export function forEachInline(doc: DocNode, visit: (inline: InlineNode, block: BlockNode) => void): void {
  const walk = (blocks: readonly BlockNode[]) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          for (const inline of block.content ?? []) visit(inline, block);
          break;
        case 'bulletList':
        case 'orderedList':
          for (const item of block.content) walk(item.content);
          break;
        case 'blockquote':
          walk(block.content);
          break;
        case 'guidingQuestions':
          break;
      }
    }
  };
  walk(doc.content);
}

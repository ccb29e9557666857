import type { Node as PmNode } from '@tiptap/pm/model';
import type { JSONContent } from '@tiptap/react';
import {
  isSafeHref,
  type BlockNode,
  type DocNode,
  type FootnoteParagraph,
  type InlineNode,
  type Mark,
  type TextNode,
} from '../../../shared/content/schema';

/*
 * Between the stored body (shared/content/schema.ts) and the editor's JSON. In the editor a
 * footnote is an inline atom whose paragraphs sit in its `paragraphs` attribute (edited in the
 * footnotes panel); stored, they are the node's content. `fromEditor` also cleans what the editor
 * holds (pasted text included): only the stored nodes, marks and attributes come out, texts lose
 * tabs and line breaks, empty texts and lists go.
 */

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

export const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The stored body as the editor loads it. */
export function toEditor(doc: DocNode): JSONContent {
  const block = (node: BlockNode): JSONContent => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return { ...node, content: node.content?.map(inline) } as JSONContent;
      case 'bulletList':
      case 'orderedList':
        return {
          ...node,
          content: node.content.map((item) => ({ type: 'listItem', content: item.content.map(block) })),
        };
      case 'blockquote':
        return { type: 'blockquote', content: node.content.map(block) };
      case 'guidingQuestions':
        return { type: 'guidingQuestions' };
    }
  };
  const inline = (node: InlineNode): JSONContent =>
    node.type === 'footnote'
      ? { type: 'footnote', attrs: { id: node.attrs?.id ?? newId(), paragraphs: node.content } }
      : (node as JSONContent);
  const content = doc.content.map(block);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

function cleanMarks(marks: JSONContent['marks']): Mark[] {
  const out: Mark[] = [];
  for (const mark of marks ?? []) {
    if (out.some((m) => m.type === mark.type)) continue;
    const attrs = (mark.attrs ?? {}) as Record<string, unknown>;
    if (mark.type === 'bold' || mark.type === 'italic') out.push({ type: mark.type });
    else if (mark.type === 'link' && typeof attrs.href === 'string' && isSafeHref(attrs.href)) {
      out.push({ type: 'link', attrs: { href: attrs.href } });
    } else if (
      mark.type === 'translatorNote' &&
      typeof attrs.id === 'string' &&
      attrs.id &&
      typeof attrs.note === 'string' &&
      attrs.note.trim()
    ) {
      out.push({ type: 'translatorNote', attrs: { id: attrs.id, note: attrs.note.trim() } });
    }
  }
  return out;
}

/**
 * Chromium types a no-break space where a space ends a text before a mark boundary; it reaches
 * the document and then the translators' segments. One stays only where French typography
 * wants it: before : ; ? ! » and after «.
 */
const STRAY_NBSP = /\u00a0(?![:;?!»])(?<!«\u00a0)/g;

function cleanText(node: JSONContent): TextNode | null {
  const text = (node.text ?? '').replace(CONTROL, ' ').replace(STRAY_NBSP, ' ');
  if (!text) return null;
  const marks = cleanMarks(node.marks);
  return marks.length ? { type: 'text', text, marks } : { type: 'text', text };
}

/** A footnote's paragraphs, cleaned: at least one paragraph, text only. */
export function cleanFootnoteParagraphs(paragraphs: unknown): FootnoteParagraph[] {
  const list = Array.isArray(paragraphs) ? (paragraphs as JSONContent[]) : [];
  const out: FootnoteParagraph[] = [];
  for (const p of list) {
    const content = (p.content ?? []).flatMap((t) => (t.type === 'text' ? (cleanText(t) ?? []) : []));
    out.push(content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
  }
  return out.length ? out : [{ type: 'paragraph' }];
}

function cleanInlines(content: JSONContent[] | undefined): InlineNode[] | undefined {
  const out: InlineNode[] = [];
  for (const node of content ?? []) {
    if (node.type === 'text') {
      const text = cleanText(node);
      if (text) out.push(text);
    } else if (node.type === 'footnote') {
      const id = typeof node.attrs?.id === 'string' && node.attrs.id ? node.attrs.id : newId();
      out.push({ type: 'footnote', attrs: { id }, content: cleanFootnoteParagraphs(node.attrs?.paragraphs) });
    }
  }
  return out.length ? out : undefined;
}

function cleanBlocks(content: JSONContent[] | undefined): BlockNode[] {
  const out: BlockNode[] = [];
  for (const node of content ?? []) {
    switch (node.type) {
      case 'paragraph': {
        const inlines = cleanInlines(node.content);
        out.push(inlines ? { type: 'paragraph', content: inlines } : { type: 'paragraph' });
        break;
      }
      case 'heading': {
        const raw = Number(node.attrs?.level);
        const level = (raw === 1 || raw === 2 || raw === 3 ? raw : 3) as 1 | 2 | 3;
        const inlines = cleanInlines(node.content);
        out.push(
          inlines ? { type: 'heading', attrs: { level }, content: inlines } : { type: 'heading', attrs: { level } },
        );
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const items = (node.content ?? [])
          .filter((item) => item.type === 'listItem')
          .map((item) => {
            const blocks = cleanBlocks(item.content);
            return { type: 'listItem' as const, content: blocks.length ? blocks : [{ type: 'paragraph' as const }] };
          });
        if (!items.length) break;
        if (node.type === 'bulletList') out.push({ type: 'bulletList', content: items });
        else {
          const start = Number(node.attrs?.start);
          out.push(
            Number.isInteger(start) && start > 1 && start <= 10_000
              ? { type: 'orderedList', attrs: { start }, content: items }
              : { type: 'orderedList', content: items },
          );
        }
        break;
      }
      case 'blockquote': {
        const blocks = cleanBlocks(node.content);
        if (blocks.length) out.push({ type: 'blockquote', content: blocks });
        break;
      }
      case 'guidingQuestions':
        out.push({ type: 'guidingQuestions' });
        break;
      default:
        // A node the stored schema does not know (none should reach here): keep its text as paragraphs.
        out.push(...cleanBlocks(node.content));
    }
  }
  return out;
}

/** A document that is one empty paragraph is empty. */
function asBody(blocks: BlockNode[]): DocNode {
  const empty = blocks.length === 1 && blocks[0]?.type === 'paragraph' && !blocks[0].content;
  return { type: 'doc', content: empty ? [] : blocks };
}

/** The editor's JSON as the stored body: only what the stored schema knows. */
export const fromEditor = (json: JSONContent): DocNode => asBody(cleanBlocks(json.content));

/** Each top-level block of the editor as stored, kept by the editor's node (unchanged by an edit elsewhere). */
const storedBlocks = new WeakMap<PmNode, BlockNode[]>();

/**
 * The editor's document as the stored body, as `fromEditor` makes it, converting only the top-level
 * blocks changed since the last call: a save of a long text costs what was edited, and the blocks
 * not edited keep their identity (so check-content.ts does not check them again).
 */
export function fromEditorDoc(doc: PmNode): DocNode {
  const blocks: BlockNode[] = [];
  doc.forEach((node) => blocks.push(...storedBlocksOf(node)));
  return asBody(blocks);
}

/** One top-level block of the editor as stored (none, one or more blocks), converted once per node. */
export function storedBlocksOf(node: PmNode): BlockNode[] {
  let stored = storedBlocks.get(node);
  if (!stored) {
    stored = cleanBlocks([node.toJSON() as JSONContent]);
    storedBlocks.set(node, stored);
  }
  return stored;
}

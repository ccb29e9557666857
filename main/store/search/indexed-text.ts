import { footnoteNumbers, footnoteText } from '../../../shared/content/helpers';
import type { BlockNode, DocNode, InlineNode, StoredContent, TextNode } from '../../../shared/content/schema';

/*
 * The texts the search index holds of a stored rich text: a document version's content (title
 * block and body) or an agenda item's annotation (a bare body), one chunk per paragraph, heading or
 * list item, and its footnotes one chunk each. Chunks keep a hit's snippet on the paragraph that
 * matched, and cheap to make: FTS5's snippet() reads the whole text of the row it marks.
 */

export type Part = 'body' | 'footnotes';

interface Parsed {
  doc: DocNode;
  titleBlock: string[];
}

function parse(json: string): Parsed | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if ((value as DocNode).type === 'doc') return { doc: value as DocNode, titleBlock: [] };
  const content = value as Partial<StoredContent>;
  if (content.body?.type !== 'doc') return null;
  const title = content.titleBlock;
  const titleBlock = title ? [title.documentKindLabel ?? '', title.title, title.subtitle, title.authorship] : [];
  return { doc: content.body, titleBlock };
}

// the index reads a text's body and its footnotes one after the other: the second read reuses the parse
let last: { json: string; parsed: Parsed | null } | null = null;

function parseCached(json: string): Parsed | null {
  if (last?.json !== json) last = { json, parsed: parse(json) };
  return last.parsed;
}

const inlineText = (inlines: readonly (InlineNode | TextNode)[] | undefined): string =>
  (inlines ?? []).map((inline) => (inline.type === 'text' ? inline.text : '')).join('');

function blockChunks(blocks: readonly BlockNode[], out: string[]): void {
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') out.push(inlineText(block.content));
    else if (block.type === 'bulletList' || block.type === 'orderedList') {
      for (const item of block.content) blockChunks(item.content, out);
    } else if (block.type === 'blockquote') blockChunks(block.content, out);
  }
}

/**
 * The chunks of a stored rich text's body (the title block, after `lead` such as the document's
 * symbol, first) or of its footnotes; none when it is empty or cannot be read.
 */
export function indexedChunks(json: string | null, part: Part, lead = ''): string[] {
  const parsed = json ? parseCached(json) : null;
  if (!parsed) return lead.trim() ? [lead.trim()] : [];
  const chunks: string[] = [];
  try {
    if (part === 'footnotes') {
      for (const { node } of footnoteNumbers(parsed.doc)) chunks.push(footnoteText(node.content));
    } else {
      chunks.push([lead, ...parsed.titleBlock].filter((t) => t.trim() !== '').join('\n'));
      blockChunks(parsed.doc.content, chunks);
    }
  } catch {
    // a stored text the walk cannot read is left out of the index rather than failing the write
    return [];
  }
  return chunks.map((c) => c.trim()).filter((c) => c !== '');
}

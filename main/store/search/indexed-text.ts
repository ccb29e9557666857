import { blocksText, footnoteNumbers, footnoteText } from '../../../shared/documents/helpers';
import type { DocNode, StoredContent } from '../../../shared/documents/schema';

/*
 * The text the search index holds of a stored rich text: a document version's content (title block
 * and body) or an agenda item's annotation (a bare body). Its footnotes are indexed apart, as their
 * own hits, so a search can say "in footnote" and a snippet does not run from the body into a note.
 */

type Part = 'body' | 'footnotes';
interface Parsed {
  doc: DocNode;
  titleBlock: string[];
}

// the index reads a text's body and its footnotes one after the other: the second read reuses the parse
let last: { json: string; parsed: Parsed | null } | null = null;

function parseCached(json: string): Parsed | null {
  if (last?.json !== json) last = { json, parsed: parse(json) };
  return last.parsed;
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

/** Plain text of a stored rich text's body (with the title block) or of its footnotes; '' when there is none. */
export function indexedText(json: string | null, part: Part): string {
  if (!json) return '';
  const parsed = parseCached(json);
  if (!parsed) return '';
  try {
    if (part === 'footnotes') {
      return footnoteNumbers(parsed.doc)
        .map(({ node }) => footnoteText(node.content))
        .join('\n');
    }
    return [...parsed.titleBlock, blocksText(parsed.doc.content)].filter((t) => t !== '').join('\n');
  } catch {
    // a stored text the walk cannot read is left out of the index rather than failing the write
    return '';
  }
}

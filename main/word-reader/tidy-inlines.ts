import { CONTENT_LIMITS, type InlineNode, type Mark } from '../../shared/content/schema';
import { refuse } from '../../shared/api/errors';
import type { Place } from './place';

const marksKey = (marks: readonly Mark[] | undefined) => JSON.stringify(marks ?? []);

/** Joins neighbouring texts of equal marks, squeezes doubled spaces, trims the ends, splits over-long texts. */
export function tidyInlines(nodes: InlineNode[], place: Place): InlineNode[] {
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

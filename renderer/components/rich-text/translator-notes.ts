import type { DocNode, FootnoteParagraph } from '../../../shared/documents/schema';

/** The text a translator note is anchored on, body and footnotes together. */
export function anchorText(doc: DocNode, id: string): string {
  const parts: string[] = [];
  const visit = (node: { text?: string; marks?: { type: string; attrs?: unknown }[] }) => {
    if (node.marks?.some((m) => m.type === 'translatorNote' && (m.attrs as { id: string }).id === id)) {
      parts.push(node.text ?? '');
    }
  };
  const walk = (nodes: readonly unknown[] | undefined) => {
    for (const raw of nodes ?? []) {
      const node = raw as { type: string; content?: unknown[]; text?: string };
      if (node.type === 'text') visit(node as never);
      else walk(node.content);
    }
  };
  walk(doc.content);
  return parts.join('');
}

export const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Footnote paragraphs with the note `id` given a new text, or taken off (note null). */
export function mapNoteInParagraphs(
  paragraphs: FootnoteParagraph[],
  id: string,
  note: string | null,
): FootnoteParagraph[] {
  return paragraphs.map((p) => ({
    ...p,
    content: p.content?.map((t) => {
      if (!t.marks?.some((m) => m.type === 'translatorNote' && m.attrs.id === id)) return t;
      const marks = t.marks.flatMap((m) =>
        m.type === 'translatorNote' && m.attrs.id === id ? (note === null ? [] : [{ ...m, attrs: { id, note } }]) : [m],
      );
      return marks.length ? { ...t, marks } : { type: t.type, text: t.text };
    }),
  }));
}

import type { FootnoteParagraph } from '../../../shared/content/schema';

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

import type { Node as PmNode } from '@tiptap/pm/model';
import { AddMarkStep, RemoveMarkStep, type Transform } from '@tiptap/pm/transform';
import type { FootnoteParagraph } from '../../../shared/content/schema';

/*
 * What the footnotes panel and the notes margin show, read from the editor's document: the
 * footnotes in their order and the notes to the translator with their anchor text. Built once when
 * the text opens, then kept up to date from each transaction's steps: a key press that touches no
 * footnote and no note (nearly all of them) leaves both lists as they are, and typing in a footnote
 * replaces that footnote's entry alone. Only a footnote added or removed, or a note's text or anchor
 * changed, reads the whole document again.
 */

export interface EditorFootnote {
  id: string;
  paragraphs: FootnoteParagraph[];
}

export interface EditorNote {
  id: string;
  note: string;
  /** The footnote it sits in (its number), or null in the text. */
  footnote: number | null;
  /** The text it is anchored on, text and footnotes together. */
  anchor: string;
}

export interface EditorIndex {
  footnotes: readonly EditorFootnote[];
  notes: readonly EditorNote[];
}

const isFootnote = (node: PmNode) => node.type.name === 'footnote';

type Marked = { text?: string; marks?: readonly { type: string | { name: string }; attrs?: unknown }[] };
const noteMark = (node: Marked) =>
  node.marks?.find((m) => (typeof m.type === 'string' ? m.type : m.type.name) === 'translatorNote') as
    { attrs: { id: string; note: string } } | undefined;

const footnoteHasNote = (node: PmNode) =>
  (node.attrs.paragraphs as FootnoteParagraph[]).some((p) => p.content?.some((t) => noteMark(t)));

function footnotesOf(doc: PmNode): EditorFootnote[] {
  const out: EditorFootnote[] = [];
  doc.descendants((node) => {
    if (isFootnote(node))
      out.push({ id: node.attrs.id as string, paragraphs: node.attrs.paragraphs as FootnoteParagraph[] });
    return !node.isInline;
  });
  return out;
}

function notesOf(doc: PmNode): EditorNote[] {
  const notes = new Map<string, EditorNote>();
  let footnote = 0;
  const visit = (text: Marked, inFootnote: number | null) => {
    const mark = noteMark(text);
    if (!mark) return;
    const { id, note } = mark.attrs;
    const seen = notes.get(id);
    if (seen) seen.anchor += text.text ?? '';
    else notes.set(id, { id, note, footnote: inFootnote, anchor: text.text ?? '' });
  };
  doc.descendants((node) => {
    if (node.isText) visit(node as unknown as Marked, null);
    else if (isFootnote(node)) {
      footnote += 1;
      for (const p of node.attrs.paragraphs as FootnoteParagraph[]) for (const t of p.content ?? []) visit(t, footnote);
    }
    return true;
  });
  return [...notes.values()];
}

/** Both lists, read from the whole document. */
export const indexOf = (doc: PmNode): EditorIndex => ({ footnotes: footnotesOf(doc), notes: notesOf(doc) });

/** What the steps of a transaction touched: the footnotes before and after (by id, in order), and whether any note. */
function touched(tr: Transform): { before: PmNode[]; after: PmNode[]; note: boolean; unknown: boolean } {
  const before: PmNode[] = [];
  const after: PmNode[] = [];
  let note = false;
  let unknown = false;
  const look = (doc: PmNode, from: number, to: number, into: PmNode[]) =>
    doc.nodesBetween(from, to, (node) => {
      if (isFootnote(node)) {
        into.push(node);
        if (footnoteHasNote(node)) note = true;
      } else if (node.isText && noteMark(node as unknown as Marked)) note = true;
      return true;
    });
  tr.steps.forEach((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      if (step.mark.type.name === 'translatorNote') note = true;
      return;
    }
    let ranges = 0;
    tr.mapping.maps[i]!.forEach((oldStart, oldEnd, newStart, newEnd) => {
      ranges += 1;
      look(tr.docs[i]!, oldStart, oldEnd, before);
      look(tr.docs[i + 1] ?? tr.doc, newStart, newEnd, after);
    });
    // A step that maps no range (an attribute set in place) may have changed anything: read it all again.
    if (ranges === 0) unknown = true;
  });
  return { before, after, note, unknown };
}

/**
 * The index after `tr`, given the one before it; the same lists (same objects) where nothing they
 * hold changed, so what shows them does not draw again.
 */
export function nextIndex(index: EditorIndex, tr: Transform): EditorIndex {
  if (!tr.docChanged) return index;
  const { before, after, note, unknown } = touched(tr);
  const sameFootnotes =
    !unknown && before.length === after.length && before.every((node, i) => node.attrs.id === after[i]!.attrs.id);
  if (!sameFootnotes) return indexOf(tr.doc);
  const changed = new Map(after.map((node) => [node.attrs.id as string, node.attrs.paragraphs as FootnoteParagraph[]]));
  let footnotes = index.footnotes;
  if (after.some((node, i) => node.attrs.paragraphs !== before[i]!.attrs.paragraphs)) {
    footnotes = footnotes.map((f) => {
      const paragraphs = changed.get(f.id);
      return paragraphs && paragraphs !== f.paragraphs ? { id: f.id, paragraphs } : f;
    });
  }
  const notes = note ? keptNotes(index.notes, notesOf(tr.doc)) : index.notes;
  if (footnotes === index.footnotes && notes === index.notes) return index;
  return { footnotes, notes };
}

/**
 * The notes read again, each the same object as before where nothing of it changed, and the same list where no
 * note did: a key press in a footnote that holds a note (outside its anchor) draws no note again.
 */
function keptNotes(before: readonly EditorNote[], after: readonly EditorNote[]): readonly EditorNote[] {
  const byId = new Map(before.map((note) => [note.id, note]));
  let changed = before.length !== after.length;
  const kept = after.map((note, i) => {
    const old = byId.get(note.id);
    const same = old && old.note === note.note && old.footnote === note.footnote && old.anchor === note.anchor;
    if (!same || before[i] !== old) changed = true;
    return same ? old : note;
  });
  return changed ? kept : before;
}

import { CONTENT_LIMITS, type Mark } from '../../shared/content/schema';
import type { Comment } from './comments';

/** "Footnote 3: check link" (and its es/fr/pt forms, a pseudo-translation's prefix allowed): a note on footnote 3. */
export const FOOTNOTE_NOTE = /^(?:\[[^\]]{1,8}\]\s*)?(?:Footnote|Nota|Note)\s+(\d+)\s*:\s*(.+)$/s;

/** Word comments as translator-note marks. */
export class TranslatorNotes {
  /** The notes this reader gave an id, for the stats. */
  count = 0;

  constructor(
    private readonly comments: Map<string, Comment>,
    /** Note ids by comment id, shared by the body's and the footnotes' readers (one comments part). */
    private readonly noteIds: Map<string, string>,
  ) {}

  /** The comment's text, trimmed; '' when there is no such comment. */
  text(commentId: string): string {
    return this.comments.get(commentId)?.text.trim() ?? '';
  }

  private noteId(commentId: string): string {
    let id = this.noteIds.get(commentId);
    if (!id) {
      id = `note-${this.noteIds.size + 1}`;
      this.noteIds.set(commentId, id);
      this.count += 1;
    }
    return id;
  }

  /** The comment (or `text` in its place) as a mark; null when there is nothing to say. */
  mark(commentId: string, text?: string): Mark | null {
    const comment = this.comments.get(commentId);
    const note = (text ?? comment?.text ?? '').trim().slice(0, CONTENT_LIMITS.noteChars).trim();
    if (!note) return null;
    return { type: 'translatorNote', attrs: { id: this.noteId(commentId), note } };
  }
}

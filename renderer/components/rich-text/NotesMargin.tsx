import { memo, useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EditorNote } from './editor-index';
import { NewNote, NoteField } from './NoteFields';
import { shorten } from './translator-notes';

/**
 * Every note to the translator in document order, editable and removable, and the one being
 * written. Drawn again only when the notes change, not on every key press in the text.
 */
export const NotesMargin = memo(function NotesMargin({
  notes,
  compact,
  pendingAnchor,
  onAdd,
  onCancel,
  onChange,
}: {
  /** In document order, with their anchor text (editor-index.ts). */
  notes: readonly EditorNote[];
  compact: boolean;
  /** The text of the selection a new note is being written on, if any. */
  pendingAnchor: string | null;
  onAdd: (note: string) => void;
  onCancel: () => void;
  /** A note's new text, or null to remove it. */
  onChange: (id: string, note: string | null) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <aside
      className={compact ? 'rich-text__notes' : 'rich-text__margin'}
      aria-labelledby={headingId}
      data-testid="translator-notes"
    >
      <h2 id={headingId}>{t('documentEditor.notes.title')}</h2>
      {pendingAnchor !== null && <NewNote anchor={shorten(pendingAnchor)} onAdd={onAdd} onCancel={onCancel} />}
      {notes.length === 0 && pendingAnchor === null ? (
        <p className="empty-hint">{t('documentEditor.notes.empty')}</p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} onChange={onChange} t={t} />
          ))}
        </ul>
      )}
    </aside>
  );
});

/** One note: drawn again only when it changed (editor-index.ts keeps the others' objects). */
const NoteItem = memo(function NoteItem({
  note,
  onChange,
  t,
}: {
  note: EditorNote;
  onChange: (id: string, note: string | null) => void;
  t: TFunction;
}) {
  const anchor = shorten(note.anchor);
  return (
    <li className="note-list__item" data-testid="translator-note">
      {note.footnote !== null && <p className="muted">{t('documentEditor.notes.inFootnote', { n: note.footnote })}</p>}
      <NoteField
        label={t('documentEditor.notes.note', { text: anchor })}
        note={note.note}
        onChange={(text) => onChange(note.id, text)}
      />
      <button
        type="button"
        className="button button--small"
        aria-label={t('documentEditor.notes.remove', { text: anchor })}
        onClick={() => onChange(note.id, null)}
      >
        {t('common.delete')}
      </button>
    </li>
  );
});

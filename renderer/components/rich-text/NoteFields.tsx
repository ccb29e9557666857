import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledArea } from './LabelledArea';

/** A note's text: kept on screen while empty (and not saved), sent as soon as it has text again. */
export function NoteField({
  label,
  note,
  onChange,
}: {
  label: string;
  note: string;
  onChange: (note: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? note;
  return (
    <LabelledArea
      label={label}
      value={value}
      testId="translator-note-text"
      error={value.trim() ? null : t('documentEditor.notes.emptyNote')}
      onChange={(text) => {
        setDraft(text);
        if (text.trim()) onChange(text);
      }}
    />
  );
}

/** The note being written on the selected text: Enter adds it, Escape cancels. */
export function NewNote({
  anchor,
  onAdd,
  onCancel,
}: {
  anchor: string;
  onAdd: (note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="note-list__new"
      data-testid="new-translator-note"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(text);
      }}
    >
      <LabelledArea
        label={t('documentEditor.notes.newNote', { text: anchor })}
        value={text}
        autoFocus
        testId="new-translator-note-text"
        onChange={setText}
        onEnter={() => onAdd(text)}
        onEscape={onCancel}
      />
      <div className="inline-form">
        <button type="submit" className="button button--small button--primary" disabled={!text.trim()}>
          {t('documentEditor.notes.add')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('documentEditor.notes.cancel')}
        </button>
      </div>
    </form>
  );
}

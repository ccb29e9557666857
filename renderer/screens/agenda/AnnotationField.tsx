import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import type { DocNode } from '../../../shared/content/schema';
import { isEmptyRichText, RichTextSchema, toRichText, type RichText } from '../../../shared/content/rich-text';
import type { Language } from '../../../shared/domain/languages';
import { Loading } from '../../components/Loading';
import { RichTextView } from '../../components/rich-text/RichTextView';
import './annotations.css';
import type { RowWords } from './AgendaRow';

// TipTap and ProseMirror load only when an annotation is first edited, not with the agenda.
const RichTextEditor = lazy(() =>
  import('../../components/rich-text/RichTextEditor').then((m) => ({ default: m.RichTextEditor })),
);

interface Props {
  itemId: string;
  number: number;
  lang: Language;
  value: RichText;
  /** Whether this annotation's editor is the one open (the builder opens one at a time). */
  editing: boolean;
  onEdit: (itemId: string, lang: Language | null) => void;
  onChange: (itemId: string, lang: Language, next: RichText) => void;
  /** The row's translator and the list's words: an agenda shows dozens of these, and a hook or a lookup each costs when it opens. */
  t: TFunction;
  words: RowWords;
}

/**
 * One language's annotation of an item: read-only text, and a compact rich-text editor in its
 * place once "Edit annotation" is pressed. Static by default because an agenda of 25 items shows
 * 25 of them, and an editor each would make the screen slow to open.
 */
export function AnnotationField({ itemId, number, lang, value, editing, onEdit, onChange, t, words }: Props) {
  const [invalid, setInvalid] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const language = words.languages[lang];
  const label = `${words.annotation} (${language})`;

  // The text takes the focus once the editor (loaded on first use) is on screen.
  useEffect(() => {
    if (!editing) return;
    let tries = 0;
    let timer = 0;
    const focus = () => {
      const body = frame.current?.querySelector<HTMLElement>('[data-testid="annotation-body"]');
      if (body) body.focus();
      else if ((tries += 1) < 100) timer = window.setTimeout(focus, 20);
    };
    focus();
    return () => window.clearTimeout(timer);
  }, [editing]);

  function save(doc: DocNode) {
    const checked = RichTextSchema.safeParse(toRichText(doc));
    if (!checked.success) {
      setInvalid(checked.error.issues[0]?.message ?? '');
      return;
    }
    setInvalid(null);
    onChange(itemId, lang, checked.data);
  }

  return (
    <div className="annotation-field" data-testid="annotation-field" data-lang={lang} ref={frame}>
      <div className="annotation-field__head">
        <span className="annotation-field__label">{label}</span>
        <button
          type="button"
          className="button button--small"
          data-testid={editing ? 'annotation-done' : 'edit-annotation'}
          aria-expanded={editing}
          aria-label={(editing ? words.doneAnnotationLabel : words.editAnnotationLabel)({ number, language })}
          onClick={() => onEdit(itemId, editing ? null : lang)}
        >
          {editing ? words.annotationDone : words.annotationEdit}
        </button>
      </div>
      {editing ? (
        <Suspense fallback={<Loading />}>
          <RichTextEditor
            value={value}
            onChange={save}
            lang={lang}
            label={words.fieldOfItem({ number, field: label })}
            testId="annotation-body"
            compact
          />
        </Suspense>
      ) : isEmptyRichText(value) ? (
        <p className="annotation-field__none">{words.annotationNone}</p>
      ) : (
        <RichTextView doc={value} lang={lang} className="annotation-field__view" testId="annotation-view" />
      )}
      {invalid !== null && (
        <p className="notice notice--error" role="alert" data-testid="annotation-invalid">
          {t('agendaBuilder.annotation.invalid', { reason: invalid })}
        </p>
      )}
    </div>
  );
}

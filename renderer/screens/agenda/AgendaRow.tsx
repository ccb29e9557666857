import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { i18n as I18n, TFunction } from 'i18next';
import type { AgendaItem, AgendaItemKind } from '../../../shared/domain/agenda-item';
import type { RichText } from '../../../shared/content/rich-text';
import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { LocalizedFields, SelectField, TextField } from '../../components/form/fields';
import { useLocalizedDraft, type LocalizedRules } from '../../components/form/use-localized-draft';
import { fieldProblemText } from '../../../shared/i18n/field-issues';
import { useHeldDraft } from '../../saving/use-held-draft';
import type { useFormatters } from '../../i18n/use-formatters';
import { sessionHref } from '../../routing/routes';
import { MoveButtons } from '../../session/MoveButtons';
import { template } from '../../i18n/template';
import { AnnotationField } from './AnnotationField';

/** An item's title: at most 2,000 characters a language (the schema's), and never empty in every language. */
const TITLE_RULES: LocalizedRules = { field: 'title', maxLength: 2000, oneLanguage: true };
const MAX_MINUTES = 24 * 60;

export interface Presenters {
  moderators: string[];
  panelists: string[];
  count: number;
  /** Minutes allotted to the speakers still on the list. */
  allotted: number;
}

interface Props {
  item: AgendaItem;
  number: number;
  count: number;
  start: string;
  end: string;
  runsPastEnd: boolean;
  presenters: Presenters | undefined;
  issuedSymbols: readonly string[];
  sessionId: string;
  kindOptions: readonly { value: AgendaItemKind; label: string }[];
  onChange: (id: string, patch: Partial<AgendaItem>) => void;
  /** The language whose annotation editor is open in this item, if any. */
  editingLang: Language | null;
  onEditAnnotation: (id: string, lang: Language | null) => void;
  onAnnotationChange: (id: string, lang: Language, next: RichText) => void;
  onMove: (id: string, to: 'up' | 'down' | number) => void;
  onDelete: (id: string) => void;
  drag: { start: (id: string) => void; drop: (id: string) => void };
  /** The builder's translator and formatters: a hook each in sixty rows costs when the builder opens. */
  t: TFunction;
  i18n: I18n;
  format: ReturnType<typeof useFormatters>;
  words: RowWords;
}

/** The words every row shows alike, looked up once per language for the whole list, not once per row. */
export function rowWords(t: TFunction) {
  return {
    title: t('agendaBuilder.fields.title'),
    kind: t('agendaBuilder.fields.kind'),
    duration: t('agendaBuilder.fields.duration'),
    documents: t('agendaBuilder.fields.documents'),
    noIssuedSymbols: t('agendaBuilder.noIssuedSymbols'),
    otherSymbols: t('agendaBuilder.fields.otherSymbols'),
    otherSymbolsHint: t('agendaBuilder.otherSymbolsHint'),
    allLanguages: t('agendaBuilder.allLanguages'),
    moderators: t('agendaBuilder.moderators'),
    panelists: t('agendaBuilder.panelists'),
    pastEnd: t('agenda.pastEnd'),
    dragHint: t('agendaBuilder.dragHint'),
    delete: t('common.delete'),
    annotation: t('agendaBuilder.fields.annotation'),
    annotationNone: t('agendaBuilder.annotation.none'),
    annotationEdit: t('agendaBuilder.annotation.edit'),
    annotationDone: t('agendaBuilder.annotation.done'),
    languages: Object.fromEntries(LANGUAGES.map((l) => [l, t(`languages.${l}`)])) as Record<Language, string>,
    moveUp: t('common.moveUp'),
    moveDown: t('common.moveDown'),
    itemLabel: template(t, 'agendaBuilder.itemLabel', ['number', 'title']),
    fieldOfItem: template(t, 'a11y.fieldOfItem', ['number', 'field']),
    moveUpItem: template(t, 'agendaBuilder.moveUpItem', ['number']),
    moveDownItem: template(t, 'agendaBuilder.moveDownItem', ['number']),
    deleteItem: template(t, 'agendaBuilder.deleteItem', ['number']),
    speakersLink: template(t, 'agendaBuilder.speakersLink', ['n']),
    editAnnotationLabel: template(t, 'agendaBuilder.annotation.editLabel', ['number', 'language']),
    doneAnnotationLabel: template(t, 'agendaBuilder.annotation.doneLabel', ['number', 'language']),
  };
}
export type RowWords = ReturnType<typeof rowWords>;

/** One item in the builder: its computed times, title, kind, duration, documents, annotation and presenters. */
export const AgendaRow = memo(function AgendaRow(props: Props) {
  const { item, number, count, start, end, runsPastEnd, presenters, issuedSymbols } = props;
  const { t, i18n, format } = props;
  const lang = format.lang;
  const title = useLocalizedDraft(item.title, (next) => props.onChange(item.id, { title: next }), TITLE_RULES, i18n);
  const [durationDraft, setDurationDraft] = useState<string | null>(null);
  useHeldDraft(durationDraft !== null);
  const [othersDraft, setOthersDraft] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState(false);
  const [languagesOpen, setLanguagesOpen] = useState(false);
  const others = item.documentSymbols.filter((s) => !issuedSymbols.includes(s));

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    props.onMove(item.id, event.key === 'ArrowUp' ? 'up' : 'down');
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!dropTarget) setDropTarget(true);
  };

  const { words } = props;
  const titleLabel = words.title;
  // Every field's name says which item it belongs to: a screen reader reads the field, not the row around it.
  const ofItem = (field: string) => words.fieldOfItem({ number, field });
  const annotationField = (language: Language) => (
    <AnnotationField
      key={language}
      itemId={item.id}
      number={number}
      lang={language}
      value={item.annotation[language]}
      editing={props.editingLang === language}
      onEdit={props.onEditAnnotation}
      onChange={props.onAnnotationChange}
      words={words}
      t={t}
    />
  );
  return (
    <li
      className={`builder-item${runsPastEnd ? ' is-over' : ''}${dropTarget ? ' is-drop-target' : ''}`}
      data-row-id={item.id}
      data-testid="builder-item"
      tabIndex={-1}
      aria-label={words.itemLabel({
        number,
        title: item.title[lang] || t(enumLabelKey('agendaItemKind', item.kind)),
      })}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropTarget(false);
        props.drag.drop(item.id);
      }}
    >
      <div className="builder-item__rail">
        <span
          className="drag-handle"
          draggable
          data-testid="drag-handle"
          title={words.dragHint}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', item.id);
            props.drag.start(item.id);
          }}
          aria-hidden="true"
        >
          ⠿
        </span>
        <span className="builder-item__number">{number}.</span>
        <span className="builder-item__time" data-testid="item-start">
          <time dateTime={start}>{format.wallTime(start)}</time>
        </span>
        <span className="builder-item__end">
          – <time dateTime={end}>{format.wallTime(end)}</time>
        </span>
      </div>
      <div className="builder-item__body">
        <div className="builder-item__main">
          <TextField
            className="field--grow"
            label={`${titleLabel} (${words.languages[lang]})`}
            aria-label={ofItem(`${titleLabel} (${words.languages[lang]})`)}
            lang={lang}
            value={title.shown[lang]}
            error={title.errorOf(lang) ?? title.error}
            data-role="title"
            testId="item-title"
            onChange={(text) => title.change(lang, text)}
          />
          <SelectField
            label={words.kind}
            accessibleName={ofItem(words.kind)}
            value={item.kind}
            options={props.kindOptions}
            onChange={(kind) => props.onChange(item.id, { kind })}
          />
          <div className={`field field--narrow${durationDraft !== null ? ' has-error' : ''}`}>
            <label htmlFor={`duration-${item.id}`}>{words.duration}</label>
            <input
              id={`duration-${item.id}`}
              aria-label={ofItem(words.duration)}
              type="number"
              min={0}
              max={MAX_MINUTES}
              step={5}
              inputMode="numeric"
              data-testid="item-duration"
              value={durationDraft ?? String(item.durationMinutes)}
              aria-invalid={durationDraft !== null ? true : undefined}
              aria-describedby={durationDraft !== null ? `duration-${item.id}-error` : undefined}
              onChange={(event) => {
                const text = event.target.value;
                const minutes = Number(text);
                if (text !== '' && Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_MINUTES) {
                  setDurationDraft(null);
                  props.onChange(item.id, { durationMinutes: minutes });
                } else setDurationDraft(text);
              }}
            />
            {durationDraft !== null && (
              <p id={`duration-${item.id}-error`} className="field__error" data-testid="item-duration-error">
                {fieldProblemText(i18n, 'durationMinutes', { kind: 'range', min: 0, max: MAX_MINUTES })}
              </p>
            )}
          </div>
        </div>
        {runsPastEnd && (
          <p className="tag tag--warning" data-testid="item-past-end">
            {words.pastEnd}
          </p>
        )}
        {presenters && presenters.allotted > item.durationMinutes && (
          <p className="tag tag--warning" data-testid="item-speakers-over">
            {t('agendaBuilder.speakersOver', {
              allotted: format.minutes(presenters.allotted),
              duration: format.minutes(item.durationMinutes),
            })}
          </p>
        )}
        <fieldset className="symbols-field">
          <legend>{words.documents}</legend>
          {issuedSymbols.length === 0 && <p className="field__hint">{words.noIssuedSymbols}</p>}
          {issuedSymbols.map((symbol) => (
            <label key={symbol} className="check">
              <input
                type="checkbox"
                aria-label={ofItem(`${words.documents}: ${symbol}`)}
                checked={item.documentSymbols.includes(symbol)}
                onChange={(event) =>
                  props.onChange(item.id, {
                    documentSymbols: event.target.checked
                      ? [...item.documentSymbols, symbol]
                      : item.documentSymbols.filter((s) => s !== symbol),
                  })
                }
              />
              <span className="symbol">{symbol}</span>
            </label>
          ))}
          <TextField
            label={words.otherSymbols}
            aria-label={ofItem(words.otherSymbols)}
            hint={words.otherSymbolsHint}
            className="symbol-input"
            value={othersDraft ?? others.join('; ')}
            onChange={(text) => {
              setOthersDraft(text);
              const typed = text
                .split(';')
                .map((s) => s.trim())
                .filter(Boolean)
                .slice(0, 40);
              props.onChange(item.id, {
                documentSymbols: [...item.documentSymbols.filter((s) => issuedSymbols.includes(s)), ...new Set(typed)],
              });
            }}
            onBlur={() => setOthersDraft(null)}
          />
        </fieldset>
        {annotationField(lang)}
        <details
          className="builder-item__languages"
          onToggle={(event) => setLanguagesOpen((event.target as HTMLDetailsElement).open)}
        >
          <summary>{words.allLanguages}</summary>
          {/* Rendered only once opened: sixty items of eight fields each would slow the whole list. */}
          {languagesOpen && (
            <>
              <LocalizedFields
                label={titleLabel}
                accessibleName={(language) => ofItem(`${titleLabel} (${language})`)}
                value={item.title}
                rules={TITLE_RULES}
                first={lang}
                onChange={(title) => props.onChange(item.id, { title })}
              />
              {LANGUAGES.filter((other) => other !== lang).map(annotationField)}
            </>
          )}
        </details>
        <p className="builder-item__presenters" data-testid="item-presenters">
          {presenters && presenters.moderators.length > 0 && (
            <span>
              <strong>{words.moderators}:</strong> {someNames(presenters.moderators, t)}
            </span>
          )}
          {presenters && presenters.panelists.length > 0 && (
            <span>
              <strong>{words.panelists}:</strong> {someNames(presenters.panelists, t)}
            </span>
          )}
          <a href={sessionHref(props.sessionId, 'speakers', item.id)} data-testid="item-speakers-link">
            {words.speakersLink({ n: presenters?.count ?? 0 })}
          </a>
        </p>
      </div>
      <div className="builder-item__actions">
        <MoveButtons
          upLabel={words.moveUpItem({ number })}
          downLabel={words.moveDownItem({ number })}
          words={words}
          atTop={number === 1}
          atBottom={number === count}
          downTestId="move-down"
          onUp={() => props.onMove(item.id, 'up')}
          onDown={() => props.onMove(item.id, 'down')}
        />
        <button
          type="button"
          className="button button--small button--danger"
          data-testid="delete-item"
          aria-label={words.deleteItem({ number })}
          onClick={() => props.onDelete(item.id)}
        >
          {words.delete}
        </button>
      </div>
    </li>
  );
});

/** The first names of a long panel, and how many more: the full list is on the speakers' screen. */
function someNames(names: readonly string[], t: (key: string, options?: Record<string, unknown>) => string): string {
  const shown = names.slice(0, 8).join(', ');
  return names.length > 8 ? t('agendaBuilder.andMore', { names: shown, n: names.length - 8 }) : shown;
}

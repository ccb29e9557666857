import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatDateInput,
  formatDateTimeInput,
  formatTimeInput,
  parseDateInput,
  parseDateTimeInput,
  parseTimeInput,
  type InputParse,
} from '../../../shared/dates/date-input';
import { formatLongDate } from '../../../shared/dates';
import type { Language } from '../../../shared/domain/languages';
import { fieldProblemText, type FieldProblem } from '../../../shared/i18n/field-issues';
import { useLanguage } from '../../i18n/use-language';
import { useHeldDraft } from '../../saving/use-held-draft';
import { TextField } from './fields';

interface ParsedFieldProps {
  label: string;
  /** The stored value (`YYYY-MM-DD` or `HH:MM`), or '' when there is none. */
  value: string;
  /** Called only with a complete, valid value (or '' when emptied and not `required`). */
  onChange: (value: string) => void;
  required?: boolean;
  testId?: string;
  /** A refusal the screen adds (an end before the start), shown when the text itself is fine. */
  error?: string | null;
  /** A note under the field that refuses nothing (a due date before the sending date). */
  warning?: ReactNode;
  /**
   * False in a form that sends on submit (a new session, a sending): an unusable value there is not an unsaved
   * edit, so the header is left alone.
   */
  savedAsTyped?: boolean;
  /** In a table row: the label (with the expected form) is read by screen readers, the form shown as a placeholder. */
  inRow?: boolean;
  /** The control's `data-role` in its row, by which focus finds it again after a move. */
  dataRole?: string;
  /** Told whether the text typed is unusable, for a form that must not submit the last valid value instead. */
  onInvalid?: (invalid: boolean) => void;
}

interface Kind {
  parse: (text: string, lang: Language) => InputParse;
  format: (value: string, lang: Language) => string;
  formatKey: 'forms.dateFormat' | 'forms.timeFormat' | 'forms.dateTimeFormat';
  problem: (reason: 'format' | 'impossible', format: string) => FieldProblem;
  /** What the field understood, so a misread order shows at once ("Read as May 9, 2023"). */
  understood?: (value: string, lang: Language) => string;
}

/**
 * A text field read by the interface language's rules (shared/dates/date-input.ts), not the browser's locale:
 * what is typed stays on screen, and only a complete, valid value is passed on to be saved. Until then the field
 * says what is wrong by name (on leaving it, or at once when the value is complete but impossible) and the header
 * says that something is not saved.
 */
function ParsedField({ kind, ...props }: ParsedFieldProps & { kind: Kind }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const shown = props.value === '' ? '' : kind.format(props.value, lang);
  // The text typed since the last value passed on; null when the field shows the stored value.
  const [draft, setDraft] = useState<{ text: string; lang: Language } | null>(null);
  const [left, setLeft] = useState(false);
  const typed = draft && draft.lang === lang ? kind.parse(draft.text, lang) : null;
  // A complete draft that no longer matches the stored value was overtaken (an undo, a restore): show the value.
  const overtaken = typed?.status === 'valid' && typed.value !== props.value;
  const text = draft && typed && !overtaken ? draft.text : shown;
  const parsed = text === draft?.text && typed ? typed : kind.parse(text, lang);
  const format = t(kind.formatKey);
  const problem: FieldProblem | null =
    parsed.status === 'invalid'
      ? kind.problem(parsed.reason, format)
      : parsed.status === 'empty' && props.required
        ? { kind: 'required' }
        : null;
  useHeldDraft(problem !== null && props.savedAsTyped !== false);
  const { onInvalid } = props;
  const invalid = problem !== null;
  useEffect(() => onInvalid?.(invalid), [onInvalid, invalid]);
  const showProblem = problem && (left || (parsed.status === 'invalid' && parsed.reason === 'impossible'));
  const error = showProblem ? fieldProblemText(i18n, '', problem, { label: props.label }) : (props.error ?? null);

  return (
    <div className="parsed-field" data-testid={props.testId ? `${props.testId}-field` : undefined}>
      <TextField
        label={`${props.label} (${format})`}
        value={text}
        testId={props.testId}
        hideLabel={props.inRow}
        placeholder={props.inRow ? format : undefined}
        data-role={props.dataRole}
        autoComplete="off"
        spellCheck={false}
        error={error}
        hint={parsed.status === 'valid' && kind.understood ? kind.understood(parsed.value, lang) : undefined}
        onBlur={() => setLeft(true)}
        onChange={(typed) => {
          setDraft({ text: typed, lang });
          const next = kind.parse(typed, lang);
          if (next.status === 'valid' && next.value !== props.value) props.onChange(next.value);
          else if (next.status === 'empty' && !props.required && props.value !== '') props.onChange('');
        }}
      />
      {props.warning && (
        <p className="field__warning" role="status" data-testid={props.testId ? `${props.testId}-warning` : undefined}>
          {props.warning}
        </p>
      )}
    </div>
  );
}

const DATE: Kind = {
  parse: parseDateInput,
  format: formatDateInput,
  formatKey: 'forms.dateFormat',
  problem: (reason, format) => (reason === 'impossible' ? { kind: 'dateImpossible' } : { kind: 'dateFormat', format }),
};

const TIME: Kind = {
  parse: parseTimeInput,
  format: formatTimeInput,
  formatKey: 'forms.timeFormat',
  problem: (reason, format) => (reason === 'impossible' ? { kind: 'timeImpossible' } : { kind: 'timeFormat', format }),
};

const DATE_TIME: Kind = {
  parse: parseDateTimeInput,
  format: formatDateTimeInput,
  formatKey: 'forms.dateTimeFormat',
  problem: (reason, format) => (reason === 'impossible' ? { kind: 'dateImpossible' } : { kind: 'dateFormat', format }),
};

/** The app's date field: the interface language's day order, or `YYYY-MM-DD`; stores `YYYY-MM-DD`. */
export function DateField(props: ParsedFieldProps) {
  const { t } = useTranslation();
  const understood = (value: string, lang: Language) =>
    t('forms.dateUnderstood', { date: formatLongDate(value, lang) });
  return <ParsedField kind={{ ...DATE, understood }} {...props} />;
}

/** The app's time field: 24-hour `HH:MM`, or "9:30 a.m." in English; stores `HH:MM`. */
export function TimeField(props: ParsedFieldProps) {
  return <ParsedField kind={TIME} {...props} />;
}

/** A wall-clock moment (a request for the floor): a date field's text, a space, a time field's; stores `YYYY-MM-DDTHH:MM:SS`. */
export function DateTimeField(props: ParsedFieldProps) {
  return <ParsedField kind={DATE_TIME} {...props} />;
}

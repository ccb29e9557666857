import { memo, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/languages';
import { SPEAKER_ROLES, SPEAKER_STATUSES, type Speaker } from '../../../shared/domain/speaker';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { personLabel, speakerNames, type Names } from '../../session/names';
import { DateTimeField } from '../../components/form/date-time-fields';

interface Props {
  speaker: Speaker;
  number: number;
  names: Names;
  onChange: (id: string, patch: Partial<Speaker>) => void;
  onMove: (id: string, to: 'up' | 'down') => void;
  onDelete: (id: string) => void;
  /** The list's translator and language: a translation hook in each of hundreds of rows costs when the list opens. */
  t: TFunction;
  lang: Language;
  words: SpeakerRowWords;
}

/** The words every row shows alike, looked up once per language for the whole list, not once per row. */
export function speakerRowWords(t: TFunction) {
  return {
    roles: SPEAKER_ROLES.map((r) => ({ value: r, label: t(enumLabelKey('speakerRole', r)) })),
    statuses: SPEAKER_STATUSES.map((s) => ({ value: s, label: t(enumLabelKey('speakerStatus', s)) })),
    moveUp: t('common.moveUp'),
    moveDown: t('common.moveDown'),
    delete: t('common.delete'),
  };
}
export type SpeakerRowWords = ReturnType<typeof speakerRowWords>;

/** One speaker on the list: who, role, status, time of request, minutes; moved with Alt+↑/↓ or the buttons. */
export const SpeakerRow = memo(function SpeakerRow({
  speaker,
  number,
  names,
  onChange,
  onMove,
  onDelete,
  t,
  lang,
  words,
}: Props) {
  const [minutesDraft, setMinutesDraft] = useState<string | null>(null);
  const who = speakerNames(speaker, names, lang);
  const name = who.person ?? who.organization ?? '';

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(speaker.id, event.key === 'ArrowUp' ? 'up' : 'down');
  };
  const id = speaker.id;
  return (
    <tr
      aria-rowindex={number + 1}
      data-row-id={id}
      data-testid="speaker-row"
      className={speaker.status === 'withdrawn' ? 'is-withdrawn' : undefined}
      onKeyDown={onKeyDown}
    >
      <td className="num">{number}</td>
      <td>
        <span className="speaker__name" data-testid="speaker-name" title={name}>
          {name}
        </span>
        {who.person && who.organization && (
          <span className="speaker__organization" title={who.organization}>
            {who.organization}
          </span>
        )}
        {!speaker.personId && speaker.organizationId && (
          <NameThePerson
            organizationId={speaker.organizationId}
            names={names}
            label={name}
            t={t}
            onPick={(personId) => onChange(id, { personId })}
          />
        )}
      </td>
      <td>
        <select
          aria-label={t('speakersEditor.roleOf', { name })}
          value={speaker.role}
          data-role="role"
          onChange={(e) => onChange(id, { role: e.target.value as Speaker['role'] })}
        >
          {words.roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t('speakersEditor.statusOf', { name })}
          value={speaker.status}
          data-role="status"
          data-testid="speaker-status"
          onChange={(e) => onChange(id, { status: e.target.value as Speaker['status'] })}
        >
          {words.statuses.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <DateTimeField
          inRow
          label={t('speakersEditor.requestedAtOf', { name })}
          value={speaker.requestedAt}
          required
          dataRole="requested"
          testId="speaker-requested"
          onChange={(requestedAt) => onChange(id, { requestedAt })}
        />
      </td>
      <td>
        <input
          className="minutes-input"
          type="number"
          min={0}
          max={600}
          inputMode="numeric"
          aria-label={t('speakersEditor.minutesOf', { name })}
          data-role="minutes"
          data-testid="speaker-minutes"
          value={minutesDraft ?? String(speaker.allottedMinutes)}
          onChange={(e) => {
            const text = e.target.value;
            const minutes = Number(text);
            if (text !== '' && Number.isInteger(minutes) && minutes >= 0 && minutes <= 600) {
              setMinutesDraft(null);
              onChange(id, { allottedMinutes: minutes });
            } else setMinutesDraft(text);
          }}
        />
      </td>
      <td className="actions nowrap">
        <button
          type="button"
          className="icon-button"
          data-role="move-up"
          data-testid="speaker-up"
          aria-label={t('speakersEditor.moveUp', { name })}
          title={words.moveUp}
          onClick={() => onMove(id, 'up')}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          data-role="move-down"
          data-testid="speaker-down"
          aria-label={t('speakersEditor.moveDown', { name })}
          title={words.moveDown}
          onClick={() => onMove(id, 'down')}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          data-testid="speaker-delete"
          aria-label={t('speakersEditor.delete', { name })}
          title={words.delete}
          onClick={() => onDelete(id)}
        >
          ✕
        </button>
      </td>
    </tr>
  );
});

/** A delegation inscribed without its speaker: names them later, from the people of that delegation. */
function NameThePerson({
  organizationId,
  names,
  label,
  t,
  onPick,
}: {
  organizationId: string;
  names: Names;
  label: string;
  t: TFunction;
  onPick: (personId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link-button speaker__name-person" onClick={() => setOpen(true)}>
        {t('speakersEditor.namePerson')}
      </button>
    );
  }
  const people = [...names.people.values()]
    .filter((p) => p.organizationId === organizationId)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (people.length === 0) return <span className="field__hint">{t('speakersEditor.noPeopleOf')}</span>;
  return (
    <select
      aria-label={t('speakersEditor.personOf', { name: label })}
      autoFocus
      defaultValue=""
      onChange={(e) => e.target.value && onPick(e.target.value)}
    >
      <option value="">{t('speakersEditor.choose')}</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {personLabel(p)}
        </option>
      ))}
    </select>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_ITEM_KINDS, type AgendaItem, type AgendaItemKind } from '../../../shared/domain/agenda-item';
import { formatSymbol } from '../../../shared/domain/document';
import { emptyLocalizedRichText, type RichText } from '../../../shared/content/rich-text';
import { LANGUAGES, type Language, type Localized } from '../../../shared/domain/languages';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { computeSchedule } from '../../../shared/schedule/compute-schedule';
import { yetToSpeak } from '../../../shared/schedule/speakers-fit';
import { wallTimeToMinutes } from '../../../shared/dates/format-time';
import { SelectField } from '../../components/form/fields';
import { useUndo } from '../../components/UndoBar';
import { ErrorNotice } from '../../components/ErrorNotice';
import { toApiError } from '../../api/api-error';
import type { ApiError } from '../../../shared/api/errors';
import { useFormatters } from '../../i18n/use-formatters';
import { useSaver } from '../../saving/use-saver';
import { SessionFrame, type SessionContext } from '../../session/SessionFrame';
import { moveTo, withPositions } from '../../session/move';
import { useMovableList } from '../../session/use-movable-list';
import { namesOf, speakerShortName } from '../../session/names';
import { ScheduleSummary } from '../session-overview/ScheduleSummary';
import { PrintButton } from '../../components/PrintButton';
import { AgendaPrintView } from './AgendaPrintView';
import { AgendaRow, rowWords, type Presenters } from './AgendaRow';
import '../../components/builder.css';

/** A sensible first length for a new item of each kind, in minutes. */
const DEFAULT_MINUTES: Record<AgendaItemKind, number> = {
  opening: 10,
  adoption_of_agenda: 5,
  presentation: 20,
  panel: 60,
  dialogue: 45,
  other_business: 10,
  closing: 10,
};

/** The agenda builder: items with computed start times, the total against the session's end, reorder by drag and by keyboard. */
export function AgendaScreen({ id }: { id: string }) {
  return (
    <SessionFrame id={id} tab="agenda">
      {(context) => <AgendaBuilder context={context} />}
    </SessionFrame>
  );
}

export function AgendaBuilder({ context }: { context: SessionContext }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const lang = format.lang;
  const saver = useSaver();
  const { data, mutate, reload } = context;
  const { session } = data;
  const { offerUndo, undoBar } = useUndo();
  const [newKind, setNewKind] = useState<AgendaItemKind>('presentation');
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const dragId = useRef<string | null>(null);

  const items = useMemo(() => [...data.agendaItems].sort((a, b) => a.position - b.position), [data.agendaItems]);
  const { attach: attachList, keepFocus, focusLater, focusBeforeRemoval } = useMovableList<HTMLOListElement>(items);
  const schedule = useMemo(() => computeSchedule(session.startTime, session.endTime, items), [session, items]);
  const sessionEnd = wallTimeToMinutes(session.endTime);
  const itemsRef = useRef(items);
  const speakersRef = useRef(data.speakers);
  useEffect(() => {
    itemsRef.current = items;
    speakersRef.current = data.speakers;
  });

  const presenters = useMemo(() => {
    const names = namesOf(data.organizations, data.people);
    const byItem = new Map<string, Presenters>();
    for (const s of data.speakers) {
      const entry = byItem.get(s.agendaItemId) ?? { moderators: [], panelists: [], count: 0, allotted: 0 };
      entry.count += 1;
      if (yetToSpeak(s)) entry.allotted += s.allottedMinutes;
      if (s.status !== 'withdrawn') {
        if (s.role === 'moderator' || s.role === 'keynote') entry.moderators.push(speakerShortName(s, names, lang));
        if (s.role === 'panelist') entry.panelists.push(speakerShortName(s, names, lang));
      }
      byItem.set(s.agendaItemId, entry);
    }
    return byItem;
  }, [data.speakers, data.organizations, data.people, lang]);

  const words = useMemo(() => rowWords(t), [t]);
  const kindOptions = useMemo(
    () => AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(enumLabelKey('agendaItemKind', k)) })),
    [t],
  );
  const issuedSymbols = useMemo(
    () =>
      data.documents
        .filter((d) => d.symbol)
        .map(formatSymbol)
        .sort((a, b) => a.localeCompare(b)),
    [data.documents],
  );

  const change = useCallback(
    (itemId: string, patch: Partial<AgendaItem>) => {
      mutate((d) => ({ ...d, agendaItems: d.agendaItems.map((x) => (x.id === itemId ? { ...x, ...patch } : x)) }));
      saver.patch('agendaItems', itemId, patch);
    },
    [mutate, saver],
  );

  // One annotation editor at a time: an agenda shows 15–25 items in four languages.
  const [editing, setEditing] = useState<{ itemId: string; lang: Language } | null>(null);
  const editAnnotation = useCallback(
    (itemId: string, language: Language | null) => setEditing(language ? { itemId, lang: language } : null),
    [],
  );
  const changeAnnotation = useCallback(
    (itemId: string, language: Language, next: RichText) => {
      const item = itemsRef.current.find((x) => x.id === itemId);
      if (item) change(itemId, { annotation: { ...item.annotation, [language]: next } });
    },
    [change],
  );

  const saveOrder = useCallback(
    (ordered: AgendaItem[]) => {
      const ids = ordered.map((x) => x.id);
      mutate((d) => ({ ...d, agendaItems: withPositions(ordered) }));
      saver.schedule(
        `agenda:${session.id}`,
        () => saver.api.call('agendaItems.reorder', { sessionId: session.id, ids }),
        250,
      );
    },
    [mutate, saver, session.id],
  );

  const move = useCallback(
    (itemId: string, to: number | 'up' | 'down') => {
      const list = itemsRef.current;
      const from = list.findIndex((x) => x.id === itemId);
      const target = to === 'up' ? from - 1 : to === 'down' ? from + 1 : to;
      if (from < 0 || target < 0 || target >= list.length || target === from) return;
      keepFocus(itemId);
      saveOrder(moveTo(list, from, target));
      setAnnouncement(t('agendaBuilder.moved', { from: from + 1, to: target + 1 }));
    },
    [saveOrder, keepFocus, t],
  );

  const remove = useCallback(
    async (itemId: string) => {
      const list = itemsRef.current;
      const index = list.findIndex((x) => x.id === itemId);
      const item = list[index];
      if (!item) return;
      const speakers = speakersRef.current.filter((s) => s.agendaItemId === itemId);
      const order = list.map((x) => x.id);
      focusBeforeRemoval(order, index, addButtonRef.current);
      setError(null);
      // Edits of the row still waiting go first, so none lands on a deleted row.
      await saver.flush();
      mutate((d) => ({
        ...d,
        agendaItems: withPositions(list.filter((x) => x.id !== itemId)),
        speakers: d.speakers.filter((s) => s.agendaItemId !== itemId),
      }));
      try {
        await saver.run(`agenda:${session.id}`, () => saver.api.call('agendaItems.delete', { id: itemId }));
      } catch (failure) {
        setError(toApiError(failure));
        reload();
        return;
      }
      offerUndo({
        message: t('agendaBuilder.deleted', { number: index + 1 }),
        undo: async () => {
          try {
            await saver.run(`agenda:${session.id}`, async () => {
              const { id, sessionId, kind, title, annotation, durationMinutes, documentSymbols, speakerOrder } = item;
              await saver.api.call('agendaItems.create', {
                id,
                sessionId,
                kind,
                title,
                annotation,
                durationMinutes,
                documentSymbols,
                speakerOrder,
              });
              for (const s of [...speakers].sort((a, b) => a.position - b.position)) {
                await saver.api.call('speakers.create', {
                  id: s.id,
                  agendaItemId: s.agendaItemId,
                  personId: s.personId,
                  organizationId: s.organizationId,
                  role: s.role,
                  allottedMinutes: s.allottedMinutes,
                  status: s.status,
                  requestedAt: s.requestedAt,
                });
              }
              const present = new Set(
                (await saver.api.call('agendaItems.list', { sessionId: session.id })).map((x) => x.id),
              );
              const ids = [...order.filter((x) => present.has(x)), ...[...present].filter((x) => !order.includes(x))];
              await saver.api.call('agendaItems.reorder', { sessionId: session.id, ids });
            });
          } catch (failure) {
            setError(toApiError(failure));
          }
          reload();
        },
      });
    },
    [mutate, saver, session.id, offerUndo, t, reload, focusBeforeRemoval],
  );

  async function add() {
    setError(null);
    const title = Object.fromEntries(
      LANGUAGES.map((l) => [l, i18n.getFixedT(l)(enumLabelKey('agendaItemKind', newKind))]),
    ) as Localized;
    try {
      const created = await saver.run(`agenda:${session.id}`, () =>
        saver.api.call('agendaItems.create', {
          sessionId: session.id,
          kind: newKind,
          title,
          annotation: emptyLocalizedRichText(),
          durationMinutes: DEFAULT_MINUTES[newKind],
          documentSymbols: [],
          speakerOrder: 'by_rule',
        }),
      );
      mutate((d) => ({ ...d, agendaItems: [...d.agendaItems, created] }));
      focusLater({ id: created.id, role: 'title' });
      setAnnouncement(t('agendaBuilder.added', { number: items.length + 1 }));
    } catch (failure) {
      setError(toApiError(failure));
    }
  }

  const drag = useMemo(
    () => ({
      start: (itemId: string) => {
        dragId.current = itemId;
      },
      drop: (targetId: string) => {
        const source = dragId.current;
        dragId.current = null;
        if (!source || source === targetId) return;
        const target = itemsRef.current.findIndex((x) => x.id === targetId);
        move(source, target);
      },
    }),
    [move],
  );

  return (
    <>
      <h1>{t('agendaBuilder.title')}</h1>
      <PrintButton />
      <p className="lead screen-only">{t('agendaBuilder.intro')}</p>
      <ScheduleSummary schedule={schedule} endTime={session.endTime} />
      <p className="visually-hidden" aria-live="polite" data-testid="agenda-announcer">
        {announcement}
      </p>
      {items.length === 0 ? (
        <div className="empty-state empty-state--inline" data-testid="agenda-empty">
          <h2>{t('agendaBuilder.empty.title')}</h2>
          <p>{t('agendaBuilder.empty.body')}</p>
        </div>
      ) : (
        <>
          <p className="field__hint">{t('agendaBuilder.keyboardHint')}</p>
          <AgendaPrintView data={data} />
          <ol className="builder-list screen-only" ref={attachList} data-testid="agenda-builder">
            {items.map((item, index) => {
              const slot = schedule.items[index]!;
              return (
                <AgendaRow
                  key={item.id}
                  item={item}
                  number={index + 1}
                  count={items.length}
                  start={slot.start}
                  end={slot.end}
                  runsPastEnd={slot.endMinutes > sessionEnd}
                  presenters={presenters.get(item.id)}
                  issuedSymbols={issuedSymbols}
                  sessionId={session.id}
                  kindOptions={kindOptions}
                  onChange={change}
                  editingLang={editing?.itemId === item.id ? editing.lang : null}
                  onEditAnnotation={editAnnotation}
                  onAnnotationChange={changeAnnotation}
                  onMove={move}
                  onDelete={remove}
                  drag={drag}
                  t={t}
                  i18n={i18n}
                  format={format}
                  words={words}
                />
              );
            })}
          </ol>
        </>
      )}
      {undoBar}
      <form
        className="inline-form add-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <SelectField
          label={t('agendaBuilder.newKind')}
          value={newKind}
          testId="new-item-kind"
          options={kindOptions}
          onChange={setNewKind}
        />
        <button ref={addButtonRef} type="submit" className="button button--primary" data-testid="add-item">
          {t('agendaBuilder.add')}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
    </>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';
import type { AgendaItem } from '../../../shared/domain/agenda-item';
import type { Speaker } from '../../../shared/domain/speaker';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { orderByRule, orderSpeakers } from '../../../shared/speakers/order-speakers';
import { toApiError } from '../../api/api-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useUndo } from '../../components/UndoBar';
import { useFormatters } from '../../i18n/use-formatters';
import { sessionHref } from '../../routing/routes';
import { navigate } from '../../routing/use-route';
import { useSaver } from '../../saving/use-saver';
import { SessionFrame, type SessionContext } from '../../session/SessionFrame';
import { moveTo, withPositions, type FocusSpot } from '../../session/move';
import { useMovableList } from '../../session/use-movable-list';
import { namesOf, type Names } from '../../session/names';
import { AddSpeakerForm } from './AddSpeakerForm';
import { SpeakerColumnHeads } from './SpeakerColumnHeads';
import { SpeakerRow, speakerRowWords } from './SpeakerRow';
import { PrintButton } from '../../components/PrintButton';
import { SpeakersPrintView } from './SpeakersPrintView';
import { SpeakersTimeCheck } from './SpeakersTimeCheck';
import { useRegistry, type Registry } from './use-registry';
import './speakers.css';

/** The list of speakers of one agenda item: add, order by rule or by hand, time check. */
export function SpeakersScreen({ id, itemId }: { id: string; itemId?: string }) {
  // Asked for beside the session, not after it: the two answers arrive together.
  const registry = useRegistry();
  return (
    <SessionFrame id={id} tab="speakers">
      {(context) => <SpeakersEditor context={context} itemId={itemId} registry={registry} />}
    </SessionFrame>
  );
}

function SpeakersEditor({
  context,
  itemId,
  registry: { registry, reload: reloadRegistry },
}: {
  context: SessionContext;
  itemId?: string;
  registry: ReturnType<typeof useRegistry>;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data } = context;
  const items = useMemo(() => [...data.agendaItems].sort((a, b) => a.position - b.position), [data.agendaItems]);
  const item =
    items.find((x) => x.id === itemId) ?? items.find((x) => x.kind === 'panel' || x.kind === 'dialogue') ?? items[0];

  if (!item) {
    return (
      <>
        <h1>{t('speakersEditor.title')}</h1>
        <div className="empty-state empty-state--inline" data-testid="speakers-no-items">
          <p>{t('speakersEditor.noItems')}</p>
          <a className="button" href={sessionHref(data.session.id, 'agenda')}>
            {t('speakersEditor.goToAgenda')}
          </a>
        </div>
      </>
    );
  }
  const number = items.indexOf(item) + 1;
  return (
    <>
      <h1>{t('speakersEditor.title')}</h1>
      <PrintButton />
      <div className="field item-picker screen-only">
        <label htmlFor="speakers-item">{t('speakersEditor.item')}</label>
        <select
          id="speakers-item"
          data-testid="speakers-item"
          value={item.id}
          onChange={(e) => navigate(sessionHref(data.session.id, 'speakers', e.target.value))}
        >
          {items.map((x, i) => (
            <option key={x.id} value={x.id}>
              {`${i + 1}. ${x.title[format.lang] || t(enumLabelKey('agendaItemKind', x.kind))}`}
            </option>
          ))}
        </select>
      </div>
      {registry ? (
        <ItemSpeakers
          key={item.id}
          context={context}
          item={item}
          number={number}
          registry={registry}
          onRegistryChanged={reloadRegistry}
        />
      ) : null}
    </>
  );
}

/**
 * Long lists (a dialogue with every delegation and more) render only the rows in view and a few
 * around them, in a scrolling frame: 500 speakers open and move as fast as 20. Shorter lists
 * render whole.
 */
const VIRTUAL_FROM = 60;
const ROW_PX = 64;
const HEADER_PX = 40;
const OVERSCAN = 3;

/** Stands in for the rows not rendered, so the scroll bar and positions stay true. */
function Spacer({ rows }: { rows: number }) {
  return (
    <tr aria-hidden="true" className="speaker-editor__spacer">
      <td colSpan={7} style={{ height: rows * ROW_PX, padding: 0, border: 'none' }} />
    </tr>
  );
}

function ItemSpeakers({
  context,
  item,
  number,
  registry,
  onRegistryChanged,
}: {
  context: SessionContext;
  item: AgendaItem;
  number: number;
  registry: Registry;
  onRegistryChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const saver = useSaver();
  const { data, mutate, reload } = context;
  const { offerUndo, undoBar } = useUndo();
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const words = useMemo(() => speakerRowWords(t), [t]);
  const names: Names = useMemo(
    () => namesOf([...registry.organizations, ...data.organizations], [...registry.people, ...data.people]),
    [registry, data.organizations, data.people],
  );
  const mine = useMemo(() => data.speakers.filter((s) => s.agendaItemId === item.id), [data.speakers, item.id]);
  const ordered = useMemo(() => orderSpeakers(mine, item.speakerOrder), [mine, item.speakerOrder]);
  const orderedRef = useRef(ordered);
  const modeRef = useRef(item.speakerOrder);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 640 });
  // The frame's scroll and height as last seen: reading them from the frame after a move would force a layout.
  const viewRef = useRef(view);
  useEffect(() => {
    orderedRef.current = ordered;
    modeRef.current = item.speakerOrder;
    viewRef.current = view;
  });
  const virtual = ordered.length > VIRTUAL_FROM;
  const first = virtual ? Math.max(0, Math.floor(view.top / ROW_PX) - OVERSCAN) : 0;
  const last = virtual
    ? Math.min(ordered.length, Math.ceil((view.top + view.height) / ROW_PX) + OVERSCAN)
    : ordered.length;

  // Keeps the moved row in view (and so rendered) before its focus is given back.
  const scrollToRow = (target: FocusSpot) => {
    const scroller = scrollRef.current;
    const index = ordered.findIndex((s) => s.id === target.id);
    if (!virtual || !scroller || index < 0) return;
    const { top: scrolled, height } = viewRef.current;
    const top = index * ROW_PX;
    const bottom = top + ROW_PX - height + HEADER_PX;
    const next = scrolled > top ? top : scrolled < bottom ? bottom : scrolled;
    if (next === scrolled) return;
    scroller.scrollTop = next;
    // The rows drawn follow at once, not at the scroll event: keys held down move faster than those come.
    viewRef.current = { top: next, height };
    setView(viewRef.current);
  };
  const {
    attach: attachTable,
    keepFocus,
    focusLater,
    focusBeforeRemoval,
  } = useMovableList<HTMLTableSectionElement>(ordered, scrollToRow);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!virtual || !scroller) return;
    // Called after layout, so reading the height here forces none.
    const observer = new ResizeObserver(() => {
      const height = scroller.clientHeight;
      setView((shown) => (shown.height === height ? shown : { ...shown, height }));
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [virtual]);

  const setMode = useCallback(
    (mode: AgendaItem['speakerOrder']) => {
      mutate((d) => ({
        ...d,
        agendaItems: d.agendaItems.map((x) => (x.id === item.id ? { ...x, speakerOrder: mode } : x)),
      }));
      saver.patch('agendaItems', item.id, { speakerOrder: mode });
    },
    [mutate, saver, item.id],
  );

  const saveOrder = useCallback(
    (next: Speaker[]) => {
      const renumbered = withPositions(next);
      const byId = new Map(renumbered.map((s) => [s.id, s]));
      mutate((d) => ({ ...d, speakers: d.speakers.map((s) => byId.get(s.id) ?? s) }));
      const ids = renumbered.map((s) => s.id);
      saver.schedule(
        `speakers-order:${item.id}`,
        () => saver.api.call('speakers.reorder', { agendaItemId: item.id, ids }),
        250,
      );
      return renumbered;
    },
    [mutate, saver, item.id],
  );

  const move = useCallback(
    (speakerId: string, to: 'up' | 'down') => {
      const list = orderedRef.current;
      const from = list.findIndex((s) => s.id === speakerId);
      const target = to === 'up' ? from - 1 : from + 1;
      if (from < 0 || target < 0 || target >= list.length) return;
      keepFocus(speakerId);
      const renumbered = saveOrder(moveTo(list, from, target));
      // A move the rule itself would make (panelists among themselves) keeps the rule; any other is the Chair's order.
      const ruleKeeps = orderByRule(renumbered).every((s, i) => s.id === renumbered[i]!.id);
      if (modeRef.current === 'by_rule' && !ruleKeeps) setMode('manual');
      setAnnouncement(t('speakersEditor.moved', { from: from + 1, to: target + 1 }));
    },
    [saveOrder, setMode, keepFocus, t],
  );

  const change = useCallback(
    (speakerId: string, patch: Partial<Speaker>) => {
      mutate((d) => ({ ...d, speakers: d.speakers.map((s) => (s.id === speakerId ? { ...s, ...patch } : s)) }));
      saver.patch('speakers', speakerId, patch);
    },
    [mutate, saver],
  );

  const remove = useCallback(
    async (speakerId: string) => {
      const list = orderedRef.current;
      const index = list.findIndex((s) => s.id === speakerId);
      const speaker = list[index];
      if (!speaker) return;
      const order = list.map((s) => s.id);
      focusBeforeRemoval(order, index, document.querySelector('[data-testid="new-speaker-role"]'));
      setError(null);
      // Edits of the row still waiting go first, so none lands on a deleted row.
      await saver.flush();
      mutate((d) => ({ ...d, speakers: d.speakers.filter((s) => s.id !== speakerId) }));
      try {
        await saver.run(`speakers-order:${item.id}`, () => saver.api.call('speakers.delete', { id: speakerId }));
      } catch (failure) {
        setError(toApiError(failure));
        reload();
        return;
      }
      offerUndo({
        message: t('speakersEditor.deleted', {
          name:
            names.people.get(speaker.personId ?? '')?.name ??
            names.organizations.get(speaker.organizationId ?? '')?.name[format.lang] ??
            '',
        }),
        undo: async () => {
          try {
            await saver.run(`speakers-order:${item.id}`, async () => {
              await saver.api.call('speakers.create', {
                id: speaker.id,
                agendaItemId: speaker.agendaItemId,
                personId: speaker.personId,
                organizationId: speaker.organizationId,
                role: speaker.role,
                allottedMinutes: speaker.allottedMinutes,
                status: speaker.status,
                requestedAt: speaker.requestedAt,
              });
              const present = (await saver.api.call('speakers.list', { agendaItemId: item.id })).map((s) => s.id);
              const ids = [...order.filter((x) => present.includes(x)), ...present.filter((x) => !order.includes(x))];
              await saver.api.call('speakers.reorder', { agendaItemId: item.id, ids });
            });
          } catch (failure) {
            setError(toApiError(failure));
          }
          reload();
        },
      });
    },
    [mutate, saver, item.id, offerUndo, t, names, format.lang, reload, focusBeforeRemoval],
  );

  const added = useCallback(
    (speaker: Speaker) => {
      // the add button is disabled while it works, which drops focus: it goes to the new row instead
      focusLater({ id: speaker.id, role: 'first-field' });
      mutate((d) => ({ ...d, speakers: [...d.speakers, speaker] }));
    },
    [mutate, focusLater],
  );

  const modeLabel = t(enumLabelKey('speakerOrder', item.speakerOrder));
  return (
    <section aria-labelledby="item-speakers-title" data-testid="item-speakers" data-order={item.speakerOrder}>
      <h2 id="item-speakers-title">
        {t('speakers.caption', { number })}
        <span className="muted"> · {format.minutes(item.durationMinutes)}</span>
      </h2>
      <div className="order-mode" data-testid="order-mode">
        <p>
          <strong>{t('speakersEditor.orderInForce')}</strong> <span data-testid="order-mode-label">{modeLabel}</span>
        </p>
        {item.speakerOrder === 'manual' ? (
          <button
            type="button"
            className="button button--small"
            data-testid="order-by-rule"
            onClick={() => setMode('by_rule')}
          >
            {t('speakersEditor.backToRule')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              saveOrder(orderedRef.current);
              setMode('manual');
            }}
          >
            {t('speakersEditor.setByHand')}
          </button>
        )}
      </div>
      <SpeakersTimeCheck item={item} speakers={ordered} onChange={change} />
      <SpeakersPrintView data={data} itemId={item.id} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {ordered.length === 0 ? (
        <div className="empty-state empty-state--inline screen-only" data-testid="speakers-empty">
          <p>{t('speakersEditor.empty')}</p>
        </div>
      ) : (
        <>
          <p className="field__hint">{t('speakersEditor.keyboardHint')}</p>
          <div
            className={virtual ? 'table-wrap table-wrap--scroll screen-only' : 'table-wrap screen-only'}
            ref={scrollRef}
            onScroll={(event) => {
              const { scrollTop, clientHeight } = event.currentTarget;
              setView({ top: scrollTop, height: clientHeight });
            }}
          >
            <table
              className={virtual ? 'data-table speaker-editor speaker-editor--virtual' : 'data-table speaker-editor'}
              data-testid="speaker-editor"
              aria-rowcount={ordered.length + 1}
            >
              <caption className="visually-hidden">{t('speakers.caption', { number })}</caption>
              <thead>
                <tr>
                  <SpeakerColumnHeads />
                  <th scope="col">{t('speakersEditor.requestedAt')}</th>
                  <th scope="col">{t('speakersEditor.minutes')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('speakersEditor.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody ref={attachTable}>
                {first > 0 && <Spacer rows={first} />}
                {ordered.slice(first, last).map((speaker, index) => (
                  <SpeakerRow
                    key={speaker.id}
                    t={t}
                    lang={format.lang}
                    words={words}
                    speaker={speaker}
                    number={first + index + 1}
                    names={names}
                    onChange={change}
                    onMove={move}
                    onDelete={remove}
                  />
                ))}
                {last < ordered.length && <Spacer rows={ordered.length - last} />}
              </tbody>
            </table>
          </div>
        </>
      )}
      {undoBar}
      <AddSpeakerForm item={item} registry={registry} onAdded={added} onRegistryChanged={onRegistryChanged} />
      {error && <ErrorNotice error={error} />}
    </section>
  );
}

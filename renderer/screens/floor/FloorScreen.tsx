import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wallTimeToMinutes } from '../../../shared/dates/format-time';
import type { FloorKind, FloorQueueEntry, FloorState } from '../../../shared/floor/floor-types';
import { projectedEnd, projectionStart } from '../../../shared/floor/projected-end';
import { enumLabelKey } from '../../../shared/i18n/enum-labels';
import { computeSchedule } from '../../../shared/schedule/compute-schedule';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLanguage } from '../../i18n/use-language';
import { floorDisplayHref } from '../../routing/routes';
import { SessionFrame, type SessionContext } from '../../session/SessionFrame';
import { localCalendarDate } from '../../components/local-date';
import { namesOf } from '../../session/names';
import { useRegistry } from '../speakers/use-registry';
import { CurrentSpeech } from './CurrentSpeech';
import { FloorProjection } from './FloorProjection';
import { FloorQueue } from './FloorQueue';
import { KeyButton } from './KeyButton';
import { RecordExport } from './RecordExport';
import { RequestForm } from './RequestForm';
import { SpokenSoFar } from './SpokenSoFar';
import { useFloor } from './use-floor';
import { useFloorKeys } from './use-floor-keys';
import './floor.css';

/** main is asked every second; each action's answer shows at once. */
const CHAIR_POLL_MS = 1000;

/** The chair's screen on the day of the session (issue 17): the floor of one session, keyboard first. */
export function FloorScreen({ id }: { id: string }) {
  return (
    <SessionFrame id={id} tab="floor">
      {(context) => <ChairFloor context={context} />}
    </SessionFrame>
  );
}

function ChairFloor({ context }: { context: SessionContext }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const api = useApi();
  const { data, reload } = context;
  const sessionId = data.session.id;
  const floor = useFloor(sessionId, CHAIR_POLL_MS);
  const { elapsedOf } = floor;
  const { registry } = useRegistry();
  const names = useMemo(
    () =>
      namesOf(
        [...data.organizations, ...(registry?.organizations ?? [])],
        [...data.people, ...(registry?.people ?? [])],
      ),
    [data, registry],
  );
  const items = useMemo(() => [...data.agendaItems].sort((a, b) => a.position - b.position), [data.agendaItems]);
  const [picked, setPicked] = useState<string | null>(null);
  const [requestKind, setRequestKind] = useState<FloorKind>('speaker');
  const organizationSelect = useRef<HTMLSelectElement>(null);
  const state = floor.state;
  const openItemId = state?.itemId ?? null;
  const chosen = picked ?? openItemId ?? items.find((i) => i.kind === 'panel')?.id ?? items[0]?.id ?? '';
  const itemTitle = (itemId: string) => {
    const index = items.findIndex((i) => i.id === itemId);
    const item = items[index];
    return item ? `${index + 1}. ${item.title[lang] || t(enumLabelKey('agendaItemKind', item.kind))}` : '';
  };

  const act = (run: () => Promise<FloorState>) => void floor.act(run);
  const current = state?.current ?? null;
  const queue = state?.queue ?? [];
  const keys = {
    next: () => queue.length > 0 && act(() => api.call('floor.give', { sessionId })),
    pauseOrResume: () => current && act(() => api.call(current.paused ? 'floor.resume' : 'floor.pause', { sessionId })),
    end: () => current && act(() => api.call('floor.end', { sessionId })),
    pointOfOrder: () => {
      setRequestKind('pointOfOrder');
      organizationSelect.current?.focus();
    },
  };
  useFloorKeys(keys);

  // Computed on each render: the clock renders four times a second, and the projection moves with it.
  const projection = (() => {
    if (!state?.itemId) return null;
    const schedule = computeSchedule(data.session.startTime, data.session.endTime, items);
    const allotted = new Map(data.speakers.map((s) => [s.id, s.allottedMinutes * 60]));
    const now = new Date();
    const nowMinutes = now.getHours() * 60 + now.getMinutes() + now.getSeconds() / 60;
    // A session that began before midnight counts the small hours after it, as computeSchedule does.
    const sinceMidnight =
      nowMinutes < wallTimeToMinutes(data.session.startTime) - 12 * 60 ? nowMinutes + 24 * 60 : nowMinutes;
    const speech = (s: FloorState['current']) =>
      s && { elapsedSeconds: elapsedOf(s), allottedSeconds: s.allottedSeconds };
    const slot = schedule.items.find((i) => i.id === state.itemId);
    if (!slot) return null;
    const spokenSeconds =
      state.record.filter((r) => r.itemId === state.itemId).reduce((sum, r) => sum + r.spokenSeconds, 0) +
      [state.current, state.suspended].reduce((sum, s) => sum + (s ? elapsedOf(s) : 0), 0);
    const onTheDay = localCalendarDate(now.toISOString()) === data.session.date;
    return projectedEnd(
      projectionStart(onTheDay, sinceMidnight, slot, spokenSeconds),
      {
        current: speech(state.current),
        suspended: speech(state.suspended),
        queuedSeconds: state.queue.map((q) => (q.speakerId ? (allotted.get(q.speakerId) ?? 0) : 0)),
      },
      schedule.items,
      state.itemId,
    );
  })();

  const request = async (kind: FloorKind, organizationId: string) => {
    if (!openItemId) return;
    await floor.act(() => api.call('floor.request', { sessionId, itemId: openItemId, kind, organizationId }));
    // A speaker's request adds a speaker to the item's list: its allotted time counts in the projection.
    if (kind === 'speaker') reload();
  };

  return (
    <div className="floor-chair" data-testid="floor-chair">
      <div className="floor-chair__head">
        <h1>{t('floor.title')}</h1>
        <p>
          {/* rel="opener": only a tab opened with its opener copies this tab's session storage, where the
              browser mode keeps the host's token; the display is our own page on the same origin. */}
          <a
            className="button"
            href={floorDisplayHref(sessionId)}
            target="_blank"
            rel="opener"
            data-testid="floor-open-display"
          >
            {t('floor.openDisplay')}
          </a>{' '}
          <span className="muted">{t('floor.displayHint')}</span>
        </p>
      </div>
      <div className="floor-chair__item">
        <div className="field">
          <label htmlFor="floor-item">{t('floor.item')}</label>
          <select id="floor-item" data-testid="floor-item" value={chosen} onChange={(e) => setPicked(e.target.value)}>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {itemTitle(item.id)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--primary"
          data-testid="floor-open-item"
          disabled={!chosen || chosen === openItemId}
          onClick={() => act(() => api.call('floor.openItem', { sessionId, itemId: chosen }))}
        >
          {t('floor.openItem')}
        </button>
      </div>
      {floor.error && <ErrorNotice error={floor.error} />}
      {state && !openItemId && <p data-testid="floor-no-item">{t('floor.noItemOpen')}</p>}
      {state && openItemId && (
        <>
          <p className="floor-chair__open" data-testid="floor-open-on">
            {t('floor.openOn', { item: itemTitle(openItemId) })}
          </p>
          <div className="floor-chair__grid">
            <div className="floor-chair__main">
              <CurrentSpeech current={current} suspended={state.suspended} names={names} elapsedOf={elapsedOf} />
              <div className="floor-actions" role="toolbar" aria-label={t('floor.actions.label')}>
                <KeyButton
                  label={t('floor.actions.next')}
                  keyName="N"
                  shortcut="N"
                  testId="floor-next-speaker"
                  disabled={queue.length === 0}
                  onClick={keys.next}
                />
                <KeyButton
                  label={current?.paused ? t('floor.actions.resume') : t('floor.actions.pause')}
                  keyName={`${t('floor.actions.space')} / P`}
                  shortcut="Space P"
                  testId="floor-pause"
                  disabled={!current}
                  onClick={keys.pauseOrResume}
                />
                <KeyButton
                  label={t('floor.actions.end')}
                  keyName="E"
                  shortcut="E"
                  testId="floor-end"
                  disabled={!current}
                  onClick={keys.end}
                />
                <KeyButton
                  label={t('floor.actions.pointOfOrder')}
                  keyName="O"
                  shortcut="O"
                  testId="floor-point-of-order"
                  disabled={false}
                  onClick={keys.pointOfOrder}
                />
              </div>
              <p className="muted">{t('floor.actions.keys')}</p>
              {projection && <FloorProjection projection={projection} />}
              <SpokenSoFar record={state.record} itemId={openItemId} names={names} />
            </div>
            <div className="floor-chair__side">
              <FloorQueue
                queue={queue}
                names={names}
                onGive={(entry: FloorQueueEntry) => act(() => api.call('floor.give', { sessionId, id: entry.id }))}
                onWithdraw={(entry: FloorQueueEntry) =>
                  act(() => api.call('floor.withdraw', { sessionId, id: entry.id }))
                }
              />
              <RequestForm
                organizations={registry?.organizations ?? []}
                kind={requestKind}
                onKind={setRequestKind}
                organizationSelect={organizationSelect}
                onRequest={request}
              />
            </div>
          </div>
        </>
      )}
      {state && <RecordExport sessionId={sessionId} />}
    </div>
  );
}

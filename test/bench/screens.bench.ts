import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../e2e/fixtures';
import { reportFigures } from '../../bench/figures';
import { seedBigSession } from './seed-screens';
import { machine, median, profiled, round, threadTime, timeKey, timeScreen, type ScreenTime } from './timing';

/*
 * How the editing screens hold up under a big session: 60 agenda items and 500 speakers on one
 * item. Prints, and writes to test-results/bench-screens.json, the time from asking for a screen to
 * its rows being painted, and from a key press that moves one row to the moved row being painted
 * (median of several), each with its goal (issue 16: open within 100 ms, move within a frame, 16 ms)
 * and against bench/baseline.json (bench/figures.ts). BENCH_PROFILE=1 also writes CPU profiles.
 */

const ITEMS = Number(process.env.BENCH_ITEMS ?? 60);
const SPEAKERS = Number(process.env.BENCH_SPEAKERS ?? 500);
const MOVES = 7;

test('screens stay smooth with 60 agenda items and 500 speakers', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const seedStart = Date.now();
  const { sessionId, itemId } = await seedBigSession(page, ITEMS, SPEAKERS);
  const seedSeconds = (Date.now() - seedStart) / 1000;
  console.log(`seeded in ${seedSeconds} s`);

  // Warm up once (code loaded, caches filled), then measure.
  const agendaHash = `#/sessions/${sessionId}/agenda`;
  // The list of speakers is shown once its table counts every speaker and rows are painted.
  const speakerRows = `[data-testid="speaker-editor"][aria-rowcount="${SPEAKERS + 1}"] [data-testid="speaker-row"]`;
  const speakersHash = `#/sessions/${sessionId}/speakers/${itemId}`;
  await timeScreen(page, agendaHash, '[data-testid="builder-item"]', ITEMS);
  await timeScreen(page, '#/', '[data-testid="session-row"]', 2);

  const agendaRenders: ScreenTime[] = [];
  const speakersRenders: ScreenTime[] = [];
  // The page's main-thread CPU time of each open, beside its wall time: on a shared machine it swings less.
  const agendaCpu: number[] = [];
  const speakersCpu: number[] = [];
  const open = async (name: string, hash: string, selector: string, count: number, profile: boolean) => {
    const work = () => threadTime(page, () => timeScreen(page, hash, selector, count));
    const { result, cpuMs } = profile ? await profiled(page, name, work) : await work();
    await timeScreen(page, '#/', '[data-testid="session-row"]', 2);
    return { time: result, cpuMs };
  };
  for (let i = 0; i < 5; i += 1) {
    const agenda = await open('screens-agenda-open', agendaHash, '[data-testid="builder-item"]', ITEMS, i === 4);
    agendaRenders.push(agenda.time);
    agendaCpu.push(agenda.cpuMs);
    const speakers = await open('screens-speakers-open', speakersHash, speakerRows, 1, i === 4);
    speakersRenders.push(speakers.time);
    speakersCpu.push(speakers.cpuMs);
  }

  await timeScreen(page, agendaHash, '[data-testid="builder-item"]', ITEMS);
  const items = page.getByTestId('builder-item');
  await items
    .nth(Math.floor(ITEMS / 2))
    .getByTestId('item-title')
    .focus();
  const agendaMoves: number[] = [];
  for (let i = 0; i < MOVES; i += 1) {
    const key = i % 2 ? 'Alt+ArrowUp' : 'Alt+ArrowDown';
    const move = () => timeKey(page, '[data-testid="agenda-builder"]', key, { childList: true });
    agendaMoves.push(i === MOVES - 1 ? await profiled(page, 'screens-agenda-move', move) : await move());
  }
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  await timeScreen(page, speakersHash, speakerRows, 1);
  // Halfway down the list: scroll there (long lists render the rows in view), then take a row in view.
  await page.getByTestId('speaker-editor').evaluate((table, rows) => {
    const frame = table.parentElement!;
    frame.scrollTop = (frame.scrollHeight * (rows / 2)) / (rows + 1);
  }, SPEAKERS);
  await page.waitForTimeout(100);
  await page
    .getByTestId('speaker-row')
    .nth(Math.min(12, Math.floor(SPEAKERS / 2)))
    .getByTestId('speaker-minutes')
    .focus();
  const speakerMoves: number[] = [];
  for (let i = 0; i < MOVES; i += 1) {
    const key = i % 2 ? 'Alt+ArrowDown' : 'Alt+ArrowUp';
    const move = () => timeKey(page, '[data-testid="speaker-editor"] tbody', key, { childList: true });
    speakerMoves.push(i === MOVES - 1 ? await profiled(page, 'screens-speakers-move', move) : await move());
  }
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  const pick = (times: ScreenTime[], key: keyof ScreenTime) => round(median(times.map((t) => t[key])));
  const figures = {
    machine: machine(),
    items: ITEMS,
    speakers: SPEAKERS,
    seedSeconds: round(seedSeconds),
    agendaOpenMs: pick(agendaRenders, 'total'),
    agendaDataMs: pick(agendaRenders, 'data'),
    agendaRenderMs: pick(agendaRenders, 'render'),
    agendaCpuMs: round(median(agendaCpu)),
    agendaMoveMs: round(median(agendaMoves)),
    speakersOpenMs: pick(speakersRenders, 'total'),
    speakersDataMs: pick(speakersRenders, 'data'),
    speakersRenderMs: pick(speakersRenders, 'render'),
    speakersCpuMs: round(median(speakersCpu)),
    speakerMoveMs: round(median(speakerMoves)),
    samples: { agendaRenders, agendaCpu, agendaMoves, speakersRenders, speakersCpu, speakerMoves },
  };
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(path.join('test-results', 'bench-screens.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(
    `Screens benchmark (${ITEMS} agenda items, ${SPEAKERS} speakers on one item; medians; ${figures.machine}):`,
  );
  reportFigures('screens', [
    { key: 'agendaOpenMs', label: 'agenda builder opens', value: figures.agendaOpenMs, unit: 'ms', goal: 100 },
    { key: 'agendaDataMs', label: '  of which waiting for data', value: figures.agendaDataMs, unit: 'ms' },
    { key: 'agendaRenderMs', label: '  of which rendering', value: figures.agendaRenderMs, unit: 'ms' },
    { key: 'agendaCpuMs', label: '  page main-thread CPU', value: figures.agendaCpuMs, unit: 'ms' },
    { key: 'agendaMoveMs', label: 'agenda builder moves one item', value: figures.agendaMoveMs, unit: 'ms', goal: 16 },
    { key: 'speakersOpenMs', label: 'list of speakers opens', value: figures.speakersOpenMs, unit: 'ms', goal: 100 },
    { key: 'speakersDataMs', label: '  of which waiting for data', value: figures.speakersDataMs, unit: 'ms' },
    { key: 'speakersRenderMs', label: '  of which rendering', value: figures.speakersRenderMs, unit: 'ms' },
    { key: 'speakersCpuMs', label: '  page main-thread CPU', value: figures.speakersCpuMs, unit: 'ms' },
    {
      key: 'speakerMoveMs',
      label: 'list of speakers moves one speaker',
      value: figures.speakerMoveMs,
      unit: 'ms',
      goal: 16,
    },
  ]);
});

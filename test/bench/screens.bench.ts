import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../e2e/fixtures';
import { seedBigSession } from './seed-screens';
import { machine, median, profiled, round, timeKey, timeScreen, type ScreenTime } from './timing';

/*
 * How the editing screens hold up under a big session: 60 agenda items and 500 speakers on one
 * item. Prints, and writes to test-results/bench-screens.json, the time from asking for a screen to
 * its rows being painted, and from a key press that moves one row to the moved row being painted
 * (median of several). Target: under 100 ms each.
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
  for (let i = 0; i < 5; i += 1) {
    const profile = i === 4 ? profiled : <T>(_page: unknown, _name: string, work: () => Promise<T>) => work();
    agendaRenders.push(
      await profile(page, 'screens-agenda-open', () =>
        timeScreen(page, agendaHash, '[data-testid="builder-item"]', ITEMS),
      ),
    );
    await timeScreen(page, '#/', '[data-testid="session-row"]', 2);
    speakersRenders.push(
      await profile(page, 'screens-speakers-open', () => timeScreen(page, speakersHash, speakerRows, 1)),
    );
    await timeScreen(page, '#/', '[data-testid="session-row"]', 2);
  }

  await timeScreen(page, agendaHash, '[data-testid="builder-item"]', ITEMS);
  const items = page.getByTestId('builder-item');
  await items
    .nth(Math.floor(ITEMS / 2))
    .getByTestId('item-title')
    .focus();
  const agendaMoves: number[] = [];
  for (let i = 0; i < MOVES; i += 1)
    agendaMoves.push(
      await timeKey(page, '[data-testid="agenda-builder"]', i % 2 ? 'Alt+ArrowUp' : 'Alt+ArrowDown', {
        childList: true,
      }),
    );
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
  for (let i = 0; i < MOVES; i += 1)
    speakerMoves.push(
      await timeKey(page, '[data-testid="speaker-editor"] tbody', i % 2 ? 'Alt+ArrowDown' : 'Alt+ArrowUp', {
        childList: true,
      }),
    );
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
    agendaMoveMs: round(median(agendaMoves)),
    speakersOpenMs: pick(speakersRenders, 'total'),
    speakersDataMs: pick(speakersRenders, 'data'),
    speakersRenderMs: pick(speakersRenders, 'render'),
    speakerMoveMs: round(median(speakerMoves)),
    samples: { agendaRenders, agendaMoves, speakersRenders, speakerMoves },
  };
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(path.join('test-results', 'bench-screens.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(
    [
      `Screens benchmark (${ITEMS} agenda items, ${SPEAKERS} speakers on one item; median ms, target < 100; ${figures.machine}):`,
      `  agenda builder: open ${figures.agendaOpenMs} ms (data ${figures.agendaDataMs} + render ${figures.agendaRenderMs}), move one item ${figures.agendaMoveMs} ms`,
      `  list of speakers: open ${figures.speakersOpenMs} ms (data ${figures.speakersDataMs} + render ${figures.speakersRenderMs}), move one speaker ${figures.speakerMoveMs} ms`,
    ].join('\n'),
  );
});

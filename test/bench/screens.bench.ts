import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { machine, median, round, timeKey, timeScreen, type ScreenTime } from './timing';

/*
 * How the editing screens hold up under a big session: 60 agenda items and 500 speakers on one
 * item. Prints, and writes to test-results/bench-screens.json, the time from asking for a screen to
 * its rows being painted, and from a key press that moves one row to the moved row being painted
 * (median of several). Target: under 100 ms each.
 */

const ITEMS = Number(process.env.BENCH_ITEMS ?? 60);
const SPEAKERS = Number(process.env.BENCH_SPEAKERS ?? 500);
const MOVES = 7;

// The benchmark reads a few fields of loosely typed answers; the app itself goes through the typed client.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Call = (name: string, input: unknown) => Promise<any>;

/** Fills a session through the API, from inside the page (the page holds the host's token). */
async function seed(page: Page): Promise<{ sessionId: string; itemId: string }> {
  return page.evaluate(
    async ({ items, speakers }) => {
      const token = sessionStorage.getItem('sessionDesk.token');
      const call: Call = async (name, input) => {
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        });
        const result = await response.json();
        if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
        return result.value;
      };
      const empty = { en: '', es: '', fr: '', pt: '' };
      // Written out, not imported: this function runs inside the page.
      const doc = { type: 'doc', content: [] };
      const emptyRich = { en: doc, es: doc, fr: doc, pt: doc };
      const [body] = await call('bodies.list', {});
      const session = await call('sessions.create', {
        bodyId: body.id,
        title: { ...empty, en: 'Benchmark session' },
        date: '2026-06-01',
        startTime: '09:00',
        endTime: '18:00',
        room: '',
        modality: 'in_person',
        originalLanguage: 'en',
        status: 'draft',
      });
      const created: { id: string }[] = [];
      for (let i = 0; i < items; i += 1) {
        created.push(
          await call('agendaItems.create', {
            sessionId: session.id,
            kind: i === 1 ? 'dialogue' : 'presentation',
            title: { ...empty, en: `Item number ${i + 1} of the benchmark` },
            annotation: {
              ...emptyRich,
              en: {
                type: 'doc',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'An annotation of one sentence.' }] }],
              },
            },
            durationMinutes: 5,
            documentSymbols: [],
            speakerOrder: 'by_rule',
          }),
        );
      }
      const itemId = created[1]!.id;
      const states = await call('organizations.list', { kind: 'member_state' });
      const roles = ['panelist', 'observer', 'organization', 'keynote'];
      const jobs: Promise<unknown>[] = [];
      for (let i = 0; i < speakers; i += 1) {
        const state = states[i % states.length];
        const job = (async () => {
          if (i < states.length) {
            return call('speakers.create', {
              agendaItemId: itemId,
              personId: null,
              organizationId: state.id,
              role: 'delegation',
              allottedMinutes: 3,
              status: 'requested',
              requestedAt: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00`,
            });
          }
          const person = await call('people.create', {
            name: `Speaker ${String(i).padStart(3, '0')} Benchmark`,
            honorific: 'Ms.',
            position: '',
            organizationId: state.id,
            email: '',
          });
          return call('speakers.create', {
            agendaItemId: itemId,
            personId: person.id,
            organizationId: null,
            role: roles[i % roles.length],
            allottedMinutes: 3,
            status: i % 17 === 0 ? 'withdrawn' : 'confirmed',
            requestedAt: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T11:${String(i % 60).padStart(2, '0')}:00`,
          });
        })();
        jobs.push(job);
        if (jobs.length >= 8) await Promise.all(jobs.splice(0));
      }
      await Promise.all(jobs);
      return { sessionId: session.id, itemId };
    },
    { items: ITEMS, speakers: SPEAKERS },
  );
}

test('screens stay smooth with 60 agenda items and 500 speakers', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  const seedStart = Date.now();
  const { sessionId, itemId } = await seed(page);
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
    agendaRenders.push(await timeScreen(page, agendaHash, '[data-testid="builder-item"]', ITEMS));
    await timeScreen(page, '#/', '[data-testid="session-row"]', 2);
    speakersRenders.push(await timeScreen(page, speakersHash, speakerRows, 1));
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

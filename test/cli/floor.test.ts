import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { FloorState } from '../../shared/floor/floor-types';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-cli-floor-'));
const db = path.join(dir, 'floor.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CLI's own entry (what `npm run cli` runs), without npm's start-up on every call. */
const cli = async (...args: string[]) =>
  (await run(process.execPath, ['scripts/run-cli.mjs', '--db', db, ...args], { cwd: process.cwd() })).stdout;
const floor = async (...args: string[]) => JSON.parse(await cli('floor', ...args)) as FloorState;

/** The demo's dialogue item (five delegations on its list), read straight from the file. */
function dialogueOf(sessionId: string): string {
  const file = new BetterSqlite3(db, { readonly: true });
  try {
    const row = file
      .prepare("select id from agenda_items where session_id = ? and kind = 'dialogue'")
      .get(sessionId) as { id: string };
    return row.id;
  } finally {
    file.close();
  }
}

describe('floor in the CLI', () => {
  it('drives a point of order in the middle of a speech, and prints the record as CSV', async () => {
    const { sessionId } = JSON.parse(await cli('demo')) as { sessionId: string };
    const s = ['--session', sessionId];
    expect(await floor('state', ...s)).toMatchObject({ itemId: null, current: null, queue: [], record: [] });
    const dialogue = dialogueOf(sessionId);
    const open = await floor('open-item', ...s, '--item', dialogue);
    expect(open.queue).toHaveLength(5);
    const speaking = await floor('give', ...s);
    const mexico = speaking.current!;
    const raised = await floor(
      'request',
      ...s,
      '--item',
      dialogue,
      '--kind',
      'pointOfOrder',
      '--organization',
      open.queue[3]!.organizationId!,
    );
    expect(raised.queue[0]).toMatchObject({ kind: 'pointOfOrder', organizationId: open.queue[3]!.organizationId });
    const heard = await floor('give', ...s);
    expect(heard.current).toMatchObject({ kind: 'pointOfOrder' });
    expect(heard.suspended).toMatchObject({ id: mexico.id, paused: true });
    const back = await floor('end', ...s);
    expect(back.current).toMatchObject({ id: mexico.id, paused: false });
    await floor('end', ...s);

    const csv = (await cli('floor', 'record', ...s, '--csv')).split('\r\n');
    expect(csv[0]).toBe('item,kind,role,organization,person,startedAt,endedAt,spokenSeconds');
    expect(csv.slice(1).map((line) => line.split(',').slice(1, 4).join())).toEqual([
      'speaker,delegation,Mexico',
      'pointOfOrder,delegation,Brazil',
    ]);
    const { totals } = JSON.parse(await cli('floor', 'record', ...s)) as {
      totals: { session: { speeches: number; byRole: { role: string }[] } };
    };
    expect(totals.session.speeches).toBe(2);
    expect(totals.session.byRole.map((r) => r.role)).toEqual(['delegation']);

    const docx = path.join(dir, 'record-es.docx');
    expect((await cli('floor', 'record', ...s, '--docx', '--lang', 'es', '--out', docx)).trim()).toBe(docx);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('REGISTRO DEL USO DE LA PALABRA');
    expect(xml).toContain('Cuestión de orden');
  }, 120_000);

  it('refuses an unknown action and a bad kind, naming them', async () => {
    const failure = (await cli('floor', 'frobnicate', '--session', '00000000-0000-4000-8000-000000000000').catch(
      (e: unknown) => e,
    )) as { code: number; stderr: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('action: one of state, open-item, give');
    const badKind = (await cli(
      'floor',
      'request',
      '--session',
      '00000000-0000-4000-8000-000000000000',
      '--item',
      '00000000-0000-4000-8000-000000000000',
      '--kind',
      'filibuster',
      '--organization',
      '00000000-0000-4000-8000-000000000000',
    ).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(badKind.code).toBe(1);
    expect(badKind.stderr).toMatch(/kind: .*"speaker"\|"pointOfOrder"\|"rightOfReply"/);
  }, 60_000);
});

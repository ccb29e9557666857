import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/api/search-procedures';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-cli-search-'));
const db = path.join(dir, 'search.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CLI's own entry (what `npm run cli` runs), without npm's start-up on every call. */
const cli = async (...args: string[]) =>
  (await run(process.execPath, ['scripts/run-cli.mjs', '--db', db, ...args], { cwd: process.cwd() })).stdout;

describe('search in the CLI', () => {
  it('prints the hits as JSON, filtered by year and language, and refuses a bad year by name', async () => {
    const { sessionId } = JSON.parse(await cli('demo')) as { sessionId: string };
    const hits = JSON.parse(
      await cli('search', 'MIGRACION', '--lang', 'es', '--year', '2023', '--json'),
    ) as SearchHit[];
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit).toMatchObject({ sessionId, year: 2023, language: 'es' });
      expect(hit.route.startsWith(`#/sessions/${sessionId}`)).toBe(true);
      expect(hit.snippet.some((p) => p.match && /^migraci/i.test(p.text))).toBe(true);
    }
    expect(JSON.parse(await cli('search', 'migracion', '--year', '2022', '--json'))).toEqual([]);
    // without --json: one hit a line, the match in brackets; the registry's have no year
    const lines = (await cli('search', 'migracion', '--lang', 'es')).trim().split('\n');
    expect(lines.some((l) => /^2023\tes\t\w+\t.*\[[Mm]igraci.*\t#\/sessions\//.test(l))).toBe(true);
    expect(lines.some((l) => /^----\tes\torganization\t.*\t#\/registry$/.test(l))).toBe(true);
    const refused = await cli('search', 'x', '--year', '21').catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('--year');
  }, 120_000);
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './docx-tools';

const run = promisify(execFile);
const dir = tempDir('cli-export');
const db = path.join(dir, 'demo.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => run('npm', ['run', '-s', 'cli', '--', '--db', db, ...args], { cwd: process.cwd() });
const isZip = (file: string) =>
  fs
    .readFileSync(file)
    .subarray(0, 4)
    .equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

describe('the export command', () => {
  it('exports one document, then every document in every language to a folder', async () => {
    const { sessionId } = JSON.parse((await cli('demo')).stdout) as { sessionId: string };
    const one = path.join(dir, 'paper.docx');
    await cli('export', 'concept-paper', '--session', sessionId, '--lang', 'en', '--out', one);
    expect(isZip(one)).toBe(true);
    const agenda = path.join(dir, 'agenda-es.docx');
    await cli('export', 'agenda', '--session', sessionId, '--lang', 'es', '--out', agenda);
    expect(isZip(agenda)).toBe(true);
    const script = path.join(dir, 'script-fr.docx');
    await cli('export', 'chairs-script', '--session', sessionId, '--lang', 'fr', '--out', script);
    expect(isZip(script)).toBe(true);

    const all = path.join(dir, 'all');
    const { stdout } = await cli('export', 'all', '--session', sessionId, '--out', all);
    const names = fs.readdirSync(all).sort();
    expect(names).toEqual(
      [
        'concept-paper-en.docx',
        ...[
          'annotated-agenda',
          'list-of-speakers',
          'order-of-business',
          'chairs-script',
          'session-report',
          'good-practices',
        ].flatMap((k) => ['en', 'es', 'fr', 'pt'].map((l) => `${k}-${l}.docx`)),
      ].sort(),
    );
    expect(stdout.trim().split('\n')).toHaveLength(names.length);
    for (const name of names) expect(isZip(path.join(all, name)), name).toBe(true);
  }, 60_000);

  it('says what is wrong with its arguments and writes nothing', async () => {
    const failure = await cli(
      'export',
      'agenda',
      '--session',
      'x',
      '--lang',
      'de',
      '--out',
      path.join(dir, 'x.docx'),
    ).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('--lang: one of en, es, fr, pt');
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);

    const unknown = await cli(
      'export',
      'concept-paper',
      '--session',
      'x',
      '--lang',
      'en',
      '--out',
      path.join(dir, 'x.docx'),
    ).catch((e: { code: number; stderr: string }) => e);
    expect(unknown).toMatchObject({ code: 1 });
    expect((unknown as { stderr: string }).stderr).toContain('--session: no such session');
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
  }, 30_000);
});

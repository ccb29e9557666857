import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../main/services/api';
import { openStore } from '../../main/store/open-database';
import { createEnglishOnlySession } from '../support/english-only-session';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-cli-missing-'));
const db = path.join(dir, 'desk.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => run('npm', ['run', '-s', 'cli', '--', '--db', db, ...args], { cwd: process.cwd() });
type Failure = { code: number; stdout: string; stderr: string };
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: Failure) => e,
  );

let demo: string;
let fresh: string;

beforeAll(async () => {
  demo = (JSON.parse((await cli('demo')).stdout) as { sessionId: string }).sessionId;
  // the English-only session, made through the API on the same file
  const { db: store } = await openStore({ file: db });
  const api = createApi(store, { onInternalError: (name, error) => console.error(name, error) });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await api.call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  fresh = (await createEnglishOnlySession(call)).sessionId;
  await store.destroy();
}, 60_000);

const FRENCH_AGENDA = [
  'missing: session title (fr)',
  'missing: agenda item 1 title (fr)',
  'missing: agenda item 2 title (fr)',
  'missing: agenda item 3 title (fr)',
];

describe('export says which texts it prints in another language', () => {
  it('says nothing for the demo session, complete in French', async () => {
    const out = path.join(dir, 'demo-fr.docx');
    const { stderr, stdout } = await cli(
      'export',
      'agenda',
      '--session',
      demo,
      '--lang',
      'fr',
      '--out',
      out,
      '--strict',
    );
    expect(stderr).toBe('');
    expect(stdout.trim()).toBe(out);
    expect(fs.existsSync(out)).toBe(true);
  }, 30_000);

  it('prints one stderr line per missing text, and still writes the file', async () => {
    const out = path.join(dir, 'fresh-fr.docx');
    const { stderr } = await cli('export', 'agenda', '--session', fresh, '--lang', 'fr', '--out', out);
    expect(stderr.trim().split('\n')).toEqual(FRENCH_AGENDA);
    expect(fs.existsSync(out)).toBe(true);
    const speakers = await cli(
      'export',
      'speakers',
      '--session',
      fresh,
      '--lang',
      'pt',
      '--out',
      path.join(dir, 's.docx'),
    );
    expect(speakers.stderr).toContain('missing: organization name "Migrant Workers Network" (pt)');
    const { stderr: english } = await cli('export', 'agenda', '--session', fresh, '--lang', 'en', '--out', out);
    expect(english).toBe('');
  }, 60_000);

  it('refuses with --strict: the same lines, a non-zero exit, no file', async () => {
    const out = path.join(dir, 'strict-fr.docx');
    const failure = await failureOf(
      cli('export', 'annotated-agenda', '--session', fresh, '--lang', 'fr', '--out', out, '--strict'),
    );
    expect(failure).toMatchObject({ code: 1 });
    const lines = failure!.stderr.trim().split('\n');
    expect(lines.slice(0, 5)).toEqual([...FRENCH_AGENDA, 'missing: agenda item 3 annotation (fr)']);
    expect(failure!.stderr).toContain('--strict: 5 text(s) missing');
    expect(fs.existsSync(out)).toBe(false);
  }, 30_000);

  it('checks every language in export all, and --strict writes no file at all', async () => {
    const all = path.join(dir, 'all');
    const failure = await failureOf(cli('export', 'all', '--session', fresh, '--out', all, '--strict'));
    expect(failure).toMatchObject({ code: 1 });
    for (const lang of ['es', 'fr', 'pt']) {
      expect(failure!.stderr).toContain(`missing: agenda item 3 title (${lang})`);
      expect(failure!.stderr).toContain(`missing: concept paper text (${lang})`);
    }
    expect(failure!.stderr).not.toContain('(en)');
    expect(fs.existsSync(all)).toBe(false);
  }, 30_000);
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../main/store/open-database';
import { dumpDatabase, openTempStore } from '../support/temp-store';
import { docxParts, tempDir, textOf } from '../exports/docx-tools';
import { createAnnotatedEnglishSession } from '../support/english-only-session';

/*
 * `send --session ID --texts` and `receive --session ID --texts` as the README shows them, on a
 * database holding a session prepared in English only.
 */

const run = promisify(execFile);
const dir = tempDir('session-texts-cli');
let db: string;
let sessionId: string;

const cli = (...args: string[]) => run('npm', ['run', '-s', 'cli', '--', '--db', db, ...args], { cwd: process.cwd() });
/** Every table's rows, read through a store opened and closed for it. */
async function dump(): Promise<string> {
  const { db: store } = await openStore({ file: db });
  try {
    return await dumpDatabase(store);
  } finally {
    await store.destroy();
  }
}
const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code: number; stderr: string }) => e,
  );

const FRENCH: Record<string, string> = {
  'Special meeting on migration governance': 'Réunion spéciale sur la gouvernance des migrations',
  'Adoption of the order of business': 'Adoption de l’ordre du jour',
  'Panel: the regional consultative processes': 'Table ronde : les processus consultatifs régionaux',
  'What has worked in your region?': 'Qu’est-ce qui a fonctionné dans votre région ?',
  'What should the Committee do next?': 'Que devrait faire la Commission ensuite ?',
};

/** The translator's file with its document.xml changed by `edit`, written beside it. */
async function edited(file: string, name: string, edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  zip.file('word/document.xml', edit(await zip.file('word/document.xml')!.async('string')));
  const out = path.join(dir, name);
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
  return out;
}

beforeAll(async () => {
  const store = await openTempStore();
  sessionId = (await createAnnotatedEnglishSession((name, input) => store.call(name, input))).sessionId;
  await store.db.destroy();
  db = path.join(dir, 'cli.sqlite');
  fs.copyFileSync(store.file, db);
  fs.rmSync(path.dirname(store.file), { recursive: true, force: true });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the session texts from the CLI', () => {
  it('sends them, refuses a file that lost a text, receives the French, and accepts a mismatch when told', async () => {
    const out = path.join(dir, 'to-translators');
    const sent = JSON.parse(
      (
        await cli(
          'send',
          '--session',
          sessionId,
          '--texts',
          '--lang',
          'fr,es',
          '--out',
          out,
          '--translator',
          'M. Dubois',
        )
      ).stdout,
    ) as { language: string; file: string }[];
    expect(sent.map((s) => [s.language, path.basename(s.file)])).toEqual([
      ['fr', 'session-texts-2027-05-11-en-to-fr.docx'],
      ['es', 'session-texts-2027-05-11-en-to-es.docx'],
    ]);
    const original = sent[0]!.file;

    // a row taken out: refused, naming the text, and the database is as it was
    const lostRow = await edited(original, 'lost-row.docx', (xml) =>
      xml.replace(/<w:tr[ >](?:(?!<\/w:tr>).)*question-2(?:(?!<\/w:tr>).)*<\/w:tr>/s, ''),
    );
    const before = await dump();
    const refused = await failureOf(cli('receive', '--session', sessionId, '--texts', '--lang', 'fr', lostRow));
    expect(refused?.code).not.toBe(0);
    expect(refused?.stderr).toContain('question-2 is missing from the file');
    expect(await dump()).toBe(before);

    // the translator's French: every text translated in place
    const french = await edited(original, 'fr.docx', (xml) =>
      Object.entries(FRENCH).reduce((x, [en, fr]) => x.replace(`>${en}<`, `>${fr}<`), xml),
    );
    const received = JSON.parse(
      (await cli('receive', '--session', sessionId, '--texts', '--lang', 'fr', french)).stdout,
    ) as { status: string; texts: number; applied: number; issues: string[] };
    expect(received).toEqual(expect.objectContaining({ status: 'received', texts: 6, applied: 6, issues: [] }));

    // the French agenda-made documents are now complete: --strict writes each, and stderr names nothing missing
    const agenda = path.join(dir, 'ordre-du-jour.docx');
    const strict = await cli('export', 'agenda', '--session', sessionId, '--lang', 'fr', '--out', agenda, '--strict');
    expect(strict.stderr).not.toContain('missing');
    const text = textOf((await docxParts(agenda))['word/document.xml']!);
    for (const fr of Object.values(FRENCH).slice(0, 3)) expect(text).toContain(fr);
    for (const kind of ['annotated-agenda', 'speakers']) {
      const out = path.join(dir, `${kind}-fr.docx`);
      const made = await cli('export', kind, '--session', sessionId, '--lang', 'fr', '--out', out, '--strict');
      expect(made.stderr).not.toContain('missing');
      expect(fs.existsSync(out)).toBe(true);
    }

    // the Spanish file without its last question, accepted as it is: five texts written
    const spanishLost = await edited(sent[1]!.file, 'es-lost-row.docx', (xml) =>
      xml.replace(/<w:tr[ >](?:(?!<\/w:tr>).)*question-2(?:(?!<\/w:tr>).)*<\/w:tr>/s, ''),
    );
    const accepted = JSON.parse(
      (await cli('receive', '--session', sessionId, '--texts', '--lang', 'es', spanishLost, '--accept-mismatches'))
        .stdout,
    ) as { applied: number; issues: string[] };
    expect(accepted).toEqual(expect.objectContaining({ applied: 5, issues: ['question-2 is missing from the file'] }));
  }, 120_000);

  it('says what is wrong with --texts without a session, and exits non-zero', async () => {
    const failure = await failureOf(cli('send', '--texts', '--lang', 'fr', '--out', dir));
    expect(failure?.code).toBeGreaterThan(0);
    expect(failure?.stderr).toContain('--session');
  }, 60_000);
});

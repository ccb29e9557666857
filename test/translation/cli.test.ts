import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParts, tempDir, textOf } from '../exports/docx-tools';

const run = promisify(execFile);
const dir = tempDir('translation-cli');
const db = path.join(dir, 'cli.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CLI as the README shows it: `npm run -s cli -- --db FILE <command>`; stdout parsed as JSON. */
async function cli<T>(...args: string[]): Promise<T> {
  const { stdout } = await run('npm', ['run', '-s', 'cli', '--', '--db', db, ...args], { cwd: process.cwd() });
  return JSON.parse(stdout) as T;
}

/** A Word draft made by pandoc from Markdown. */
function draft(name: string, markdown: string): string {
  const md = path.join(dir, `${name}.md`);
  fs.writeFileSync(md, markdown);
  const file = path.join(dir, `${name}.docx`);
  execFileSync('pandoc', [md, '-o', file]);
  return file;
}

const FIRST = `# Background

The CAM holds an annual session.[^1]

Delegations take the floor after the panel.

[^1]: Resolution AG/RES. 2988 (LII-O/22).
`;

describe('the translation workflow from the CLI', () => {
  it('imports a draft, sends it, lists the changes after an edit, and receives the translation', async () => {
    const { sessionId } = await cli<{ sessionId: string }>('demo');
    const imported = await cli<{ documentId: string; created: boolean; footnotes: number }>(
      'import-docx',
      '--session',
      sessionId,
      '--kind',
      'report',
      '--lang',
      'en',
      draft('first', FIRST),
    );
    expect(imported).toMatchObject({ created: true, footnotes: 1 });
    expect(imported.documentId).toMatch(/^[0-9a-f-]{36}$/);

    const sent = await cli<{ language: string; file: string }[]>(
      'send',
      '--document',
      imported.documentId,
      '--lang',
      'es,fr',
      '--translator',
      'Ana Pérez',
      '--out',
      path.join(dir, 'to-translators'),
    );
    expect(sent.map((s) => [s.language, path.basename(s.file)])).toEqual([
      ['es', 'report-en-to-es.docx'],
      ['fr', 'report-en-to-fr.docx'],
    ]);

    // the original is replaced by a new draft: one sentence changed
    const again = await cli<{ documentId: string; created: boolean }>(
      'import-docx',
      '--session',
      sessionId,
      '--document',
      imported.documentId,
      '--lang',
      'en',
      '--replace',
      draft('second', FIRST.replace('after the panel', 'after the panelists')),
    );
    expect(again).toMatchObject({ documentId: imported.documentId, created: false });

    const out = path.join(dir, 'changes-es.docx');
    const changes = await cli<{ passages: number; words: number; changedWords: number }>(
      'changes',
      '--document',
      imported.documentId,
      '--lang',
      'es',
      '--out',
      out,
    );
    expect(changes).toMatchObject({ passages: 1, words: 7, changedWords: 1 });
    const text = textOf((await docxParts(out))['word/document.xml']!);
    expect(text).toContain('Delegations take the floor after the panel.');
    expect(text).toContain('Delegations take the floor after the panelists.');

    // only the changes go to the Spanish translator; the list is then empty for Spanish, not for French
    const changesSent = await cli<{ language: string; file: string }[]>(
      'send',
      '--document',
      imported.documentId,
      '--lang',
      'es',
      '--changes',
      '--out',
      path.join(dir, 'changes-out'),
    );
    expect(changesSent.map((s) => [s.language, path.basename(s.file)])).toEqual([['es', 'report-changes-es.docx']]);
    const sentChanges = textOf((await docxParts(changesSent[0]!.file))['word/document.xml']!);
    expect(sentChanges).toContain('Delegations take the floor after the panelists.');
    expect(sentChanges).not.toContain('The CAM holds an annual session.');
    const after = (lang: string) =>
      cli<{ passages: number }>('changes', '--document', imported.documentId, '--lang', lang, '--out', out);
    expect(await after('es')).toMatchObject({ passages: 0 });
    expect(await after('fr')).toMatchObject({ passages: 1 });

    // the translator's file comes back (here: the very file sent, which has the structure of what was sent)
    const received = await cli<{ documentId: string; status: string; issues: string[] }>(
      'import-docx',
      '--session',
      sessionId,
      '--document',
      imported.documentId,
      '--lang',
      'es',
      sent[0]!.file,
    );
    expect(received).toMatchObject({ documentId: imported.documentId, status: 'received', issues: [] });

    const versions = await cli<{ versions: { language: string; status: string }[] }>(
      'versions',
      '--document',
      imported.documentId,
    );
    expect(versions.versions.map((v) => `${v.language} ${v.status}`)).toEqual([
      'en original',
      'es received',
      'fr sent',
      'pt not_started',
    ]);
  }, 90_000);

  it('says what is wrong with a bad file, and exits non-zero', async () => {
    const bad = path.join(dir, 'not-a-docx.docx');
    fs.writeFileSync(bad, 'plain text');
    const [session] = await cli<{ id: string }[]>('sessions');
    const failure = await run(
      'npm',
      [
        'run',
        '-s',
        'cli',
        '--',
        '--db',
        db,
        'import-docx',
        '--session',
        session!.id,
        '--kind',
        'report',
        '--lang',
        'en',
        bad,
      ],
      { cwd: process.cwd() },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('this is not a Word document (.docx)');
  }, 30_000);
});

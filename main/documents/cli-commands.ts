import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { ExportedFile, SessionExportKind } from '../../shared/api/document-procedures';
import { fail } from '../../shared/api/errors';
import { LANGUAGES, type Language } from '../../shared/domain/languages';
import type { App } from '../app/open-app';
import { callOrThrow } from '../cli/call-or-throw';
import type { Command } from '../cli/command';
import { languageOption as language, parseArgs, required, usageError } from '../cli/options';
import { userPath } from '../platform/project-paths';
import { missingLines } from './missing-text-lines';

const SESSION_KINDS: Record<string, SessionExportKind> = {
  agenda: 'order_of_business',
  'annotated-agenda': 'annotated_agenda',
  speakers: 'list_of_speakers',
  // issue 18: after the session
  'session-report': 'session_report',
  'good-practices': 'good_practices',
};
const WHATS = ['concept-paper', ...Object.keys(SESSION_KINDS), 'all'];

function write(file: string, exported: ExportedFile, out: (text: string) => void): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(exported.base64, 'base64'));
  out(file);
}

async function conceptPaperId(app: App, sessionId: string, documentId: string | undefined): Promise<string> {
  if (documentId) return documentId;
  const papers = (await callOrThrow(app, 'documents.list', { sessionId })).filter((d) => d.kind === 'concept_paper');
  if (papers.length === 0)
    return fail('not_found', [{ path: '--session', message: 'the session has no concept paper' }]);
  if (papers.length > 1) {
    return usageError(
      '--document',
      `the session has ${papers.length} concept papers: ${papers.map((p) => p.id).join(', ')}`,
    );
  }
  return papers[0]!.id;
}

/**
 * Says on stderr each text the export(s) would print in another language; with `--strict`, refuses
 * before anything is written.
 */
async function reportMissing(
  app: App,
  checks: readonly { lang: Language; kind?: SessionExportKind; documentId?: string; sessionId: string }[],
  strict: boolean,
  err: (text: string) => void,
): Promise<void> {
  let count = 0;
  for (const check of checks) {
    const lines = missingLines(await callOrThrow(app, 'exports.missingTexts', check), check.lang);
    lines.forEach((line) => err(line));
    count += lines.length;
  }
  if (strict && count > 0) usageError('--strict', `${count} text(s) missing in the language(s) asked; nothing written`);
}

/**
 * Every document of the session in every language it exists in (the agenda in all four), into one
 * folder: the app's "Export all" zip (main/documents/export.ts decides what "all" is), unpacked.
 */
async function exportAll(app: App, sessionId: string, dir: string, out: (text: string) => void): Promise<void> {
  const zipped = await callOrThrow(app, 'sessions.exportAllDocx', { sessionId, languages: [...LANGUAGES] });
  const zip = await JSZip.loadAsync(zipped.base64, { base64: true });
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    write(path.join(dir, entry.name), { fileName: entry.name, base64: await entry.async('base64') }, out);
  }
}

export const exportCommand: Command = {
  summary: 'export documents as DOCX: one, or every document in every language (all)',
  usage:
    'export <concept-paper|agenda|annotated-agenda|speakers|session-report|good-practices> --session ID --lang en|es|fr|pt --out FILE.docx [--document ID] [--strict] | export all --session ID --out DIR [--strict]\n' +
    '      (each text the export prints in another language is said on stderr, "missing: agenda item 3 title (fr)"; --strict then refuses and writes nothing)',
  async run(app, args, out, err) {
    const [what, ...rest] = args;
    if (!what || !WHATS.includes(what)) return usageError('what', `one of ${WHATS.join(', ')}`);
    const parsed = parseArgs(rest, what === 'all' ? ['session', 'out'] : ['session', 'lang', 'out', 'document'], [
      'strict',
    ]);
    const [stray] = parsed.positional;
    if (stray !== undefined) usageError(stray, 'unknown argument');
    const { options } = parsed;
    const strict = parsed.flags.has('strict');
    const sessionId = required(options, 'session');
    if (what === 'all') {
      const dir = userPath(required(options, 'out'));
      await reportMissing(
        app,
        LANGUAGES.map((lang) => ({ sessionId, lang })),
        strict,
        err,
      );
      return exportAll(app, sessionId, dir, out);
    }
    const lang = language(required(options, 'lang'));
    const file = userPath(required(options, 'out'));
    if (!file.toLowerCase().endsWith('.docx')) usageError('--out', 'the file name must end in .docx');
    const paperId = what === 'concept-paper' ? await conceptPaperId(app, sessionId, options.document) : null;
    await reportMissing(
      app,
      [paperId ? { sessionId, lang, documentId: paperId } : { sessionId, lang, kind: SESSION_KINDS[what]! }],
      strict,
      err,
    );
    const exported = paperId
      ? await callOrThrow(app, 'documents.exportDocx', { documentId: paperId, language: lang })
      : await callOrThrow(app, 'sessions.exportDocx', {
          sessionId,
          kind: SESSION_KINDS[what]!,
          language: lang,
          ...(options.document ? { documentId: options.document } : {}),
        });
    write(file, exported, out);
  },
};

/** CLI commands of the documents feature (export). */
export const documentCommands: Readonly<Record<string, Command>> = { export: exportCommand };

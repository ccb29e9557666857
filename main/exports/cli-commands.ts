import fs from 'node:fs';
import path from 'node:path';
import type { SessionOverview } from '../../shared/api/contract';
import type { ExportedFile, SessionExportKind } from '../../shared/api/document-procedures';
import type { MissingText } from '../../shared/languages/missing-texts';
import { ApiFailure, fail } from '../../shared/api/errors';
import { LANGUAGES, type Language } from '../../shared/domain/languages';
import type { App } from '../app/open-app';
import { exportSessionKind, overviewOf } from './export';
import { documentExport, missingTexts } from './missing-texts';
import type { Command } from '../cli/command';
import { languageOption as language, parseCommandArgs, required, usageError } from '../cli/options';
import { userPath } from '../platform/project-paths';
import { exportAllFiles } from './export';
import { missingLines } from './missing-text-lines';

const SESSION_KINDS: Record<string, SessionExportKind> = {
  agenda: 'order_of_business',
  'annotated-agenda': 'annotated_agenda',
  speakers: 'list_of_speakers',
  'chairs-script': 'chairs_script',
  // issue 18: after the session
  'session-report': 'session_report',
  'good-practices': 'good_practices',
};
const WHATS = ['concept-paper', ...Object.keys(SESSION_KINDS), 'all'];

function write(file: string, exported: ExportedFile, out: (text: string) => void): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, exported.bytes);
  out(file);
}

/** The session's overview; an unknown session is named by the option that gave it. */
async function sessionNamed(app: App, sessionId: string): Promise<SessionOverview> {
  try {
    return await overviewOf(app.db, sessionId);
  } catch (error) {
    if (error instanceof ApiFailure && error.error.code === 'not_found')
      return fail('not_found', [{ path: '--session', message: 'no such session' }]);
    throw error;
  }
}

function conceptPaperId(overview: SessionOverview, documentId: string | undefined): string {
  if (documentId) return documentId;
  const papers = overview.documents.filter((d) => d.kind === 'concept_paper');
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

/** Says on stderr each text the export(s) would print in another language; with `--strict`, refuses before anything is written. */
function reportMissing(
  found: readonly { missing: MissingText[]; lang: Language }[],
  strict: boolean,
  err: (text: string) => void,
): void {
  let count = 0;
  for (const { missing, lang } of found) {
    const lines = missingLines(missing, lang);
    lines.forEach((line) => err(line));
    count += lines.length;
  }
  if (strict && count > 0) usageError('--strict', `${count} text(s) missing in the language(s) asked; nothing written`);
}

/**
 * Every document of the session in every language it exists in (the agenda in all four), into one
 * folder: the files of the app's "Export all" zip (main/exports/export.ts decides what "all" is).
 */
async function exportAll(app: App, sessionId: string, dir: string, out: (text: string) => void): Promise<void> {
  for (const file of await exportAllFiles(app.db, sessionId, LANGUAGES))
    write(path.join(dir, file.fileName), file, out);
}

export const exportCommand: Command = {
  summary: 'export documents as DOCX: one, or every document in every language (all)',
  usage:
    'export <concept-paper|agenda|annotated-agenda|speakers|chairs-script|session-report|good-practices> --session ID --lang en|es|fr|pt --out FILE.docx [--document ID] [--strict] | export all --session ID --out DIR [--strict]\n' +
    '      (each text the export prints in another language is said on stderr, "missing: agenda item 3 title (fr)"; --strict then refuses and writes nothing)',
  async run(app, args, out, err) {
    const [what, ...rest] = args;
    if (!what || !WHATS.includes(what)) return usageError('what', `one of ${WHATS.join(', ')}`);
    const parsed = parseCommandArgs(
      rest,
      what === 'all' ? ['session', 'out'] : ['session', 'lang', 'out', 'document'],
      ['strict'],
    );
    const [stray] = parsed.positional;
    if (stray !== undefined) usageError(stray, 'unknown argument');
    const { options } = parsed;
    const strict = parsed.flags.has('strict');
    const sessionId = required(options, 'session');
    if (what === 'all') {
      const dir = userPath(required(options, 'out'));
      const found = LANGUAGES.map(async (lang) => ({ lang, missing: await missingTexts(app.db, { sessionId, lang }) }));
      reportMissing(await Promise.all(found), strict, err);
      return exportAll(app, sessionId, dir, out);
    }
    const lang = language(required(options, 'lang'));
    const file = userPath(required(options, 'out'));
    if (!file.toLowerCase().endsWith('.docx')) usageError('--out', 'the file name must end in .docx');
    // The export functions are called directly, each text read once: a CLI call is a whole process,
    // and the API would load every feature's handlers and check the 100-page paper again on the way out.
    if (what === 'concept-paper') {
      const overview = await sessionNamed(app, sessionId);
      const paper = await documentExport(app.db, overview, conceptPaperId(overview, options.document), lang);
      reportMissing([{ lang, missing: paper.missing }], strict, err);
      return write(file, await paper.file(), out);
    }
    const kind = SESSION_KINDS[what]!;
    reportMissing([{ lang, missing: await missingTexts(app.db, { sessionId, lang, kind }) }], strict, err);
    const exported = await exportSessionKind(app.db, sessionId, kind, lang, options.document);
    write(file, exported, out);
  },
};

/** CLI commands of the documents feature (export). */
export const documentCommands: Readonly<Record<string, Command>> = { export: exportCommand };

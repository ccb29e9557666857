import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { ExportedFile, SessionExportKind } from '../../shared/api/document-procedures';
import { fail } from '../../shared/api/errors';
import { LANGUAGES } from '../../shared/domain/languages';
import type { App } from '../app/open-app';
import { callOrThrow } from '../cli/call-or-throw';
import type { Command } from '../cli/command';
import { languageOption as language, parseOptions, required, usageError } from '../cli/options';
import { userPath } from '../platform/project-paths';

const SESSION_KINDS: Record<string, SessionExportKind> = {
  agenda: 'order_of_business',
  'annotated-agenda': 'annotated_agenda',
  speakers: 'list_of_speakers',
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
    'export <concept-paper|agenda|annotated-agenda|speakers> --session ID --lang en|es|fr|pt --out FILE.docx [--document ID] | export all --session ID --out DIR',
  async run(app, args, out) {
    const [what, ...rest] = args;
    if (!what || !WHATS.includes(what)) return usageError('what', `one of ${WHATS.join(', ')}`);
    if (what === 'all') {
      const options = parseOptions(rest, ['session', 'out']);
      return exportAll(app, required(options, 'session'), userPath(required(options, 'out')), out);
    }
    const options = parseOptions(rest, ['session', 'lang', 'out', 'document']);
    const sessionId = required(options, 'session');
    const lang = language(required(options, 'lang'));
    const file = userPath(required(options, 'out'));
    if (!file.toLowerCase().endsWith('.docx')) usageError('--out', 'the file name must end in .docx');
    const exported =
      what === 'concept-paper'
        ? await callOrThrow(app, 'documents.exportDocx', {
            documentId: await conceptPaperId(app, sessionId, options.document),
            language: lang,
          })
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

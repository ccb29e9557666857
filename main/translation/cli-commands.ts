import path from 'node:path';
import type { OutputOf } from '../../shared/api/contract';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/document';
import type { Language } from '../../shared/domain/languages';
import type { App } from '../app/open-app';
import { callOrThrow } from '../cli/call-or-throw';
import type { Command } from '../cli/command';
import { languageOption, parseCommandArgs, required, usageError, type ParsedArgs } from '../cli/options';
import { userPath } from '../platform/project-paths';
import { readDocxFile, writeFile } from './cli-files';
import { consentFlags, receiveReport } from './cli-receive';
import { receiveSessionTextsFile, sendSessionTextsFiles } from './session-texts/cli';

/*
 * CLI commands of the translation workflow. Files are read and written here, in main; the
 * procedures get base64, as the windows send it, and give bytes.
 */

function kindOption(value: string): DocumentKind {
  const kind = value.replace(/-/g, '_');
  return (DOCUMENT_KINDS as readonly string[]).includes(kind)
    ? (kind as DocumentKind)
    : usageError('--kind', `one of ${DOCUMENT_KINDS.map((k) => k.replace(/_/g, '-')).join(', ')}`);
}

/**
 * Receives a translation: inspects it, and stores what the inspection read (by its handle, not the file
 * again) when it aligns or the user accepted the differences.
 */
async function receiveFile(app: App, documentId: string, language: Language, base64: string, parsed: ParsedArgs) {
  const inspection = await callOrThrow(app, 'translation.inspect', { documentId, language, base64 });
  const result = await callOrThrow(app, 'translation.receive', {
    documentId,
    language,
    handle: inspection.handle,
    ...consentFlags(parsed),
  });
  return {
    documentId,
    versionId: result.version.id,
    language,
    status: result.version.status,
    paragraphs: inspection.report.imported.paragraphs,
    ...receiveReport(inspection, result),
  };
}

const IMPORT_FLAGS = ['accept-mismatches', 'replace'];

export const importDocxCommand: Command = {
  summary: 'import a Word draft as a new document (--kind) or a version of one (--document); prints its id',
  usage:
    'import-docx --session ID (--document ID | --kind KIND) --lang en|es|fr|pt FILE.docx [--replace] [--accept-mismatches]',
  async run(app, args, out) {
    const parsed = parseCommandArgs(args, ['session', 'document', 'kind', 'lang'], IMPORT_FLAGS);
    const sessionId = required(parsed.options, 'session');
    const language = languageOption(required(parsed.options, 'lang'));
    if ((parsed.options.document === undefined) === (parsed.options.kind === undefined)) {
      usageError('--document', 'give either --document or --kind');
    }
    const base64 = readDocxFile(parsed);
    if (parsed.options.document) {
      const doc = await callOrThrow(app, 'documents.get', { id: parsed.options.document });
      if (doc.sessionId !== sessionId) usageError('--document', 'the document is not of this session');
      if (doc.originalLanguage !== language) {
        out(JSON.stringify(await receiveFile(app, doc.id, language, base64, parsed)));
        return;
      }
    }
    const result = await callOrThrow(app, 'translation.importDraft', {
      sessionId,
      language,
      base64,
      replaceExisting: parsed.flags.has('replace'),
      ...(parsed.options.document
        ? { documentId: parsed.options.document }
        : { kind: kindOption(parsed.options.kind!) }),
    });
    out(
      JSON.stringify({
        documentId: result.documentId,
        versionId: result.versionId,
        created: result.created,
        paragraphs: result.imported.paragraphs,
        footnotes: result.imported.footnotes,
        notes: result.imported.notes,
        warnings: result.imported.warnings.map((w) => w.message),
      }),
    );
  },
};

export const receiveCommand: Command = {
  summary:
    "receive a translated DOCX as a language version, or (--texts) the session's texts in a language (refused on a mismatch unless accepted)",
  usage:
    'receive (--document ID | --session ID --texts) --lang es|fr|pt|en FILE.docx [--accept-mismatches] [--replace]',
  async run(app, args, out) {
    const parsed = parseCommandArgs(args, ['document', 'session', 'lang'], [...IMPORT_FLAGS, 'texts']);
    if (parsed.flags.has('texts')) {
      out(JSON.stringify(await receiveSessionTextsFile(app, parsed)));
      return;
    }
    if (parsed.options.session) usageError('--session', 'receives the session texts only with --texts');
    const documentId = required(parsed.options, 'document');
    const language = languageOption(required(parsed.options, 'lang'));
    out(JSON.stringify(await receiveFile(app, documentId, language, readDocxFile(parsed), parsed)));
  },
};

export const sendCommand: Command = {
  summary:
    "send the original to translation: writes the translator's DOCX per language (or, with --changes, only what changed since the last sending, or with --texts the session's texts), marks them sent",
  usage:
    'send (--document ID | --session ID --texts) --lang es[,fr,pt] --out DIR [--translator NAME] [--due YYYY-MM-DD] [--changes]',
  async run(app, args, out) {
    const parsed = parseCommandArgs(
      args,
      ['document', 'session', 'lang', 'out', 'translator', 'due'],
      ['changes', 'texts'],
    );
    if (parsed.positional.length) usageError(parsed.positional[0]!, 'unexpected argument');
    const languages = required(parsed.options, 'lang')
      .split(',')
      .map((l) => languageOption(l.trim()));
    const dir = userPath(required(parsed.options, 'out'));
    if (parsed.flags.has('texts')) {
      out(JSON.stringify(await sendSessionTextsFiles(app, parsed, languages, dir)));
      return;
    }
    if (parsed.options.session) usageError('--session', 'sends the session texts only with --texts');
    const result: OutputOf<'translation.send'> = await callOrThrow(app, 'translation.send', {
      documentId: required(parsed.options, 'document'),
      languages,
      translator: parsed.options.translator ?? '',
      ...(parsed.options.due ? { dueDate: parsed.options.due } : {}),
      changesOnly: parsed.flags.has('changes'),
    });
    out(
      JSON.stringify(
        result.files.map((f) => ({
          language: f.language,
          file: writeFile(path.join(dir, f.file.fileName), f.file.bytes),
        })),
      ),
    );
  },
};

export const changesCommand: Command = {
  summary: 'what changed in the original since a version was sent: a short DOCX for the translator',
  usage: 'changes --document ID --lang es|fr|pt|en --out FILE.docx',
  async run(app, args, out) {
    const parsed = parseCommandArgs(args, ['document', 'lang', 'out']);
    if (parsed.positional.length) usageError(parsed.positional[0]!, 'unexpected argument');
    const documentId = required(parsed.options, 'document');
    const language = languageOption(required(parsed.options, 'lang'));
    const file = userPath(required(parsed.options, 'out'));
    if (!file.toLowerCase().endsWith('.docx')) usageError('--out', 'the file name must end in .docx');
    const changes = await callOrThrow(app, 'translation.changes', { documentId, language });
    const docx = await callOrThrow(app, 'translation.changesDocx', { documentId, language });
    writeFile(file, docx.bytes);
    out(
      JSON.stringify({
        file,
        sentAt: changes.sentAt,
        passages: changes.changes.length,
        words: changes.changedPassageWords,
        changedWords: changes.changedWords,
      }),
    );
  },
};

export const versionsCommand: Command = {
  summary: "a document's four language versions with status, words and sending, as JSON",
  usage: 'versions --document ID',
  async run(app, args, out) {
    const parsed = parseCommandArgs(args, ['document']);
    out(
      JSON.stringify(
        await callOrThrow(app, 'translation.versions', { documentId: required(parsed.options, 'document') }),
      ),
    );
  },
};

/** CLI commands of the translation feature. */
export const translationCommands: Readonly<Record<string, Command>> = {
  'import-docx': importDocxCommand,
  send: sendCommand,
  receive: receiveCommand,
  changes: changesCommand,
  versions: versionsCommand,
};

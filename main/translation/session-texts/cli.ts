import path from 'node:path';
import type { Language } from '../../../shared/domain/languages';
import type { App } from '../../app/open-app';
import { callOrThrow } from '../../cli/call-or-throw';
import { languageOption, required, usageError, type ParsedArgs } from '../../cli/options';
import { readDocxFile, writeFile } from '../cli-files';
import { consentFlags, receiveReport } from '../cli-receive';

/* `send --session ID --texts …` and `receive --session ID --texts …`: the session's texts through translation. */

function sessionOnly(parsed: ParsedArgs): string {
  if (parsed.options.document) usageError('--document', 'the session texts are sent with --session, not --document');
  if (parsed.flags.has('changes')) usageError('--changes', 'the session texts are always sent whole');
  return required(parsed.options, 'session');
}

/** Writes one translator's file per language into `dir`; answers each file's language and path. */
export async function sendSessionTextsFiles(app: App, parsed: ParsedArgs, languages: Language[], dir: string) {
  const result = await callOrThrow(app, 'translation.sessionTexts.send', {
    sessionId: sessionOnly(parsed),
    languages,
    translator: parsed.options.translator ?? '',
    ...(parsed.options.due ? { dueDate: parsed.options.due } : {}),
  });
  return result.files.map((f) => ({
    language: f.language,
    file: writeFile(path.join(dir, f.file.fileName), f.file.bytes),
  }));
}

/** Inspects the file, then stores its texts when it matches what was sent or the user accepted the differences. */
export async function receiveSessionTextsFile(app: App, parsed: ParsedArgs) {
  const sessionId = sessionOnly(parsed);
  const language = languageOption(required(parsed.options, 'lang'));
  const base64 = readDocxFile(parsed);
  const inspection = await callOrThrow(app, 'translation.sessionTexts.inspect', { sessionId, language, base64 });
  const result = await callOrThrow(app, 'translation.sessionTexts.receive', {
    sessionId,
    language,
    handle: inspection.handle,
    ...consentFlags(parsed),
  });
  return {
    sessionId,
    language,
    status: result.status.languages.find((l) => l.language === language)!.status,
    texts: inspection.report.imported.paragraphs,
    applied: result.applied,
    ...receiveReport(inspection, result),
  };
}
